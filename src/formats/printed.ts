// Where each cell is printed: its part, and its row and column labels in full (every
// header above it, joined by " / "), for notes that name a cell to a reader.
import { proseHeadings } from './shared.js';
import type { FormatDescription, HeaderNode } from './types.js';

export interface PrintedPlace {
  readonly part: string;
  readonly row: string;
  readonly column: string;
}

/** Leaves of a header tree with the key path and every label above them. */
function walk(nodes: readonly HeaderNode[], keys: string[] = [], labels: string[] = []): { keys: string[]; labels: string[] }[] {
  return nodes.flatMap((node) => {
    const k = node.key === undefined ? keys : [...keys, node.key];
    const l = [...labels, node.label];
    return node.children ? walk(node.children, k, l) : [{ keys: k, labels: l }];
  });
}

export function printedPlaces(format: FormatDescription): Map<string, PrintedPlace> {
  const places = new Map<string, PrintedPlace>();
  for (const group of format.active.groups) {
    for (const row of group.rows) {
      for (const col of group.columns) places.set(['active_disclosure', row.key, col.key].join('.'), { part: format.active.title, row: row.label, column: col.label });
    }
  }
  const columns = walk(format.requests.columns.children ?? []);
  for (const row of walk(format.requests.rows)) {
    for (const col of columns) {
      places.set(['requests', ...row.keys, ...col.keys].join('.'), { part: format.requests.title, row: row.labels.join(' / '), column: col.labels.join(' / ') });
    }
  }
  for (const leaf of walk(format.appeals.columns)) {
    places.set(['appeals', ...leaf.keys].join('.'), { part: format.appeals.title, row: leaf.labels.slice(0, -1).join(' / '), column: leaf.labels.at(-1)! });
  }
  for (const field of format.processingFees?.fields ?? []) {
    places.set(['processing_fees', field.key].join('.'), { part: proseHeadings.other, row: format.processingFees!.label, column: field.label });
  }
  return places;
}
