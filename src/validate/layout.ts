// A row group of part 三 given as a single row of applicant cells: the layout of another
// format, as real 2023 and 2024 reports print gb2019's single （六）其他处理 row in a
// gb2021 table. One diagnostic names the layout and the rows expected, instead of the
// cascade of schema errors and sums the misplaced cells would set off.
import type { MessageData } from '../diagnostics/messages/index.js';
import type { KeyPath } from '../formats/cells.js';
import { valueAt } from '../formats/figures.js';
import { formats } from '../formats/index.js';
import type { FormatDescription, HeaderNode } from '../formats/types.js';

export interface LayoutMismatch {
  readonly path: KeyPath;
  /** `default` when another format's layout has the single row, `single` otherwise (messages/schema.ts). */
  readonly messageId: 'default' | 'single';
  readonly data: MessageData;
}

/** Rows of part 三 by key path: the nodes, with their printed label. */
function rowNodes(format: FormatDescription): Map<string, HeaderNode> {
  const out = new Map<string, HeaderNode>();
  const walk = (nodes: readonly HeaderNode[], path: readonly string[]): void => {
    for (const node of nodes) {
      if (node.key === undefined) continue;
      const here = [...path, node.key];
      out.set(here.join('.'), node);
      if (node.children) walk(node.children, here);
    }
  };
  walk(format.requests.rows, ['requests']);
  return out;
}

function columnKeys(node: HeaderNode): string[] {
  return [...(node.key === undefined ? [] : [node.key]), ...(node.children ?? []).flatMap(columnKeys)];
}

export function layoutMismatches(value: unknown, format: FormatDescription): LayoutMismatch[] {
  const columns = new Set(columnKeys(format.requests.columns).filter((k) => k !== format.requests.columns.key));
  const found: LayoutMismatch[] = [];
  for (const [key, node] of rowNodes(format)) {
    if (!node.children) continue;
    const given = valueAt(value, key.split('.'));
    if (given === null || typeof given !== 'object' || Array.isArray(given)) continue;
    const keys = Object.keys(given);
    if (keys.length === 0 || !keys.every((k) => columns.has(k))) continue;
    // Applicant cells where rows were expected: whose layout has a single row here?
    const other = Object.values(formats).find((f) => f.id !== format.id && rowNodes(f).get(key)?.children === undefined && rowNodes(f).has(key));
    const rows = node.children.filter((c) => c.key !== undefined);
    found.push({
      path: key.split('.'),
      messageId: other ? 'default' : 'single',
      data: {
        label: node.label,
        path: key,
        ...(other ? { other: other.id } : {}),
        format: format.id,
        count: rows.length,
        // The rows and their keys, put into words by messages/schema.ts.
        rows: `${format.id}:${key}`,
        key: node.key!,
        keys: `${format.id}:${key}`,
      },
    });
  }
  return found;
}
