// What the part readers share: a row's labels, reading a row under matched columns, and
// the finding for what the report does not print.
import type { Place } from '../../../diagnostics/diagnostic.js';
import { stripBlanks } from '../cell-value.js';
import type { ColumnLeaf } from '../header.js';
import { loose } from '../labels.js';
import type { TableSlot } from '../document.js';
import { readFigure, type SubmissionDraft } from '../read-cells.js';

export const numeric = (slot: TableSlot): boolean => /^[-+]?[\d０-９,，.．]+(万元|元|件)?$/u.test(stripBlanks(slot.text));

/** A row's own label: the last distinct printed text among its stub columns; the ones before are its parents. */
export function rowLabels(row: readonly TableSlot[], stubWidth: number): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const slot of row.slice(0, stubWidth)) {
    if (seen.has(slot.cell)) continue;
    seen.add(slot.cell);
    const text = loose(slot.text);
    if (text !== '') out.push(text);
  }
  return out;
}

/** Reads one row's figures under the matched columns. */
export function readRow(draft: SubmissionDraft, row: readonly TableSlot[], columns: readonly (ColumnLeaf | undefined)[], prefix: readonly string[], rowLabel: string, leaves: readonly ColumnLeaf[]): void {
  for (const leaf of leaves) {
    const at = columns.flatMap((c, i) => (c === leaf ? [i] : []));
    const slots = at.map((i) => row[i]);
    const shared = (slot: TableSlot): boolean => row.some((s, i) => s.cell === slot.cell && columns[i] !== undefined && columns[i] !== leaf);
    readFigure(draft, [...prefix, ...leaf.path], 'count', slots, { total: leaf.total, label: `${rowLabel} · ${leaf.chain.at(-1)}`, shared });
  }
}

/** What is missing: a part or row group by its printed label, a row, a column, or any row of figures. */
export type Missing = { readonly kind: 'label' | 'row' | 'column'; readonly label: string } | { readonly kind: 'figures' };

export function missing(draft: SubmissionDraft, place: Place | undefined, path: readonly string[], what: Missing): void {
  const messageId = what.kind === 'label' ? (place ? 'table' : 'default') : place || what.kind === 'figures' ? what.kind : `${what.kind}-report`;
  draft.note({ code: 'import/not-found', place, path, messageId, data: what.kind === 'figures' ? {} : { label: what.label } });
}
