// Part 四: one row of figures under a column tree whose leaves repeat (结果维持 under
// 行政复议 and under both kinds of 行政诉讼), told apart by the labels above them.
import type { FormatDescription } from '../../../formats/types.js';
import { stripBlanks } from '../cell-value.js';
import { columnLeaves, matchColumns } from '../header.js';
import type { DocumentTable } from '../document.js';
import type { SubmissionDraft } from '../read-cells.js';
import { missing, numeric, readRow } from './rows.js';

export function readAppeals(draft: SubmissionDraft, format: FormatDescription, table: DocumentTable): void {
  const rows = table.rows;
  const leaves = columnLeaves(format.appeals.columns);
  const body = rows.findIndex((r, i) => i > 0 && r.some(numeric) && r.every((s) => numeric(s) || stripBlanks(s.text) === ''));
  if (body < 0) return missing(draft, rows[0][0].place, ['appeals'], { kind: 'figures' });
  const columns = matchColumns(rows.slice(0, body), rows[0].length, leaves);
  for (const leaf of leaves) {
    if (!leaf.total && !columns.includes(leaf)) missing(draft, rows[0][0].place, ['appeals', ...leaf.path], { kind: 'column', label: leaf.chain.join(' / ') });
  }
  readRow(draft, rows[body], columns, ['appeals'], format.appeals.title.replace(/^[一二三四五六]、/, ''), leaves);
}
