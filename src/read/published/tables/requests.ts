// Part 三: the applicant columns found by the labels printed over them, the rows by their
// own labels in the format's order; a row printed whole where the format divides it (the
// 2019 （六）其他处理 in a gb2021 report) is read as one row and flagged.
import type { FormatDescription, HeaderNode } from '../../../formats/types.js';
import { stripBlanks } from '../cell-value.js';
import { columnLeaves, matchColumns } from '../header.js';
import { loose, matchLabel } from '../labels.js';
import type { DocumentTable } from '../document.js';
import type { SubmissionDraft } from '../read-cells.js';
import { missing, readRow, rowLabels } from './rows.js';

export function readRequests(draft: SubmissionDraft, format: FormatDescription, table: DocumentTable): void {
  const rows = table.rows;
  const top = format.requests.rows[0].label;
  const bodyStart = rows.findIndex((r) => r.some((s) => matchLabel(loose(s.text), top) !== undefined));
  const tablePlace = rows[0][0].place;
  if (bodyStart < 0) return missing(draft, tablePlace, ['requests', 'received'], { kind: 'label', label: format.requests.rows[0].label });
  const leaves = columnLeaves([format.requests.columns]);
  const width = rows[0].length;
  const columns = matchColumns(rows.slice(0, bodyStart), width, leaves);
  for (const leaf of leaves) {
    if (!leaf.total && !columns.includes(leaf)) missing(draft, tablePlace, ['requests'], { kind: 'column', label: leaf.chain.join(' / ') });
  }
  const stubWidth = columns.findIndex((c) => c !== undefined);
  if (stubWidth <= 0) return;
  const labels = rows.map((r) => rowLabels(r, stubWidth));
  let cursor = bodyStart;
  const findRow = (label: string, hasChildren: boolean): number | undefined => {
    for (const kind of ['exact', 'near'] as const) {
      for (let r = cursor; r < rows.length; r++) {
        const own = labels[r].at(-1);
        if (own !== undefined && matchLabel(own, label) === kind) {
          // A parent label is never a row's own label, except where its children are not printed.
          if (hasChildren && rows[r].slice(stubWidth).every((s) => stripBlanks(s.text) === '')) continue;
          return r;
        }
      }
    }
    return undefined;
  };
  const walk = (nodes: readonly HeaderNode[], prefix: readonly string[]): void => {
    for (const node of nodes) {
      const path = node.key === undefined ? prefix : [...prefix, node.key];
      if (node.children) {
        const before = draft.values.size;
        const r = findRow(node.label, true);
        const childFound = node.children.some((c) => findRow(c.label, !!c.children) !== undefined);
        if (!childFound && r !== undefined) {
          // The table prints this row without the rows the format divides it into.
          readRow(draft, rows[r], columns, path, node.label, leaves);
          draft.undivided.add(path.join('.'));
          cursor = r + 1;
          const parts = node.children.map((c) => c.label).join('、');
          const labelSlot = [...rows[r].slice(0, stubWidth)].reverse().find((slot) => loose(slot.text) !== '') ?? rows[r][0];
          draft.note({ code: 'import/layout', place: labelSlot.place, path, data: { label: node.label, parts, format: format.id } });
          continue;
        }
        walk(node.children, path);
        if (draft.values.size === before && r === undefined) missing(draft, tablePlace, path, { kind: 'label', label: node.label });
        continue;
      }
      const r = findRow(node.label, false);
      if (r === undefined) {
        if (!node.total) missing(draft, tablePlace, path, { kind: 'row', label: node.label });
        continue;
      }
      cursor = r + 1;
      readRow(draft, rows[r], columns, path, node.label, leaves);
    }
  };
  walk(format.requests.rows, ['requests']);
}
