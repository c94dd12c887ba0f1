// Part 二: groups of rows, each under its own header row, possibly printed as several tables.
import type { FormatDescription } from '../../../formats/types.js';
import { stripBlanks } from '../cell-value.js';
import { bestMatches, loose, matchLabel } from '../labels.js';
import type { DocumentTable, TableSlot } from '../document.js';
import { readFigure, type SubmissionDraft } from '../read-cells.js';
import { missing } from './rows.js';

type Rows = readonly (readonly TableSlot[])[];

/** Part 二, possibly printed as several tables: each row found by its label, its columns by the header row above it. */
export function readActive(draft: SubmissionDraft, format: FormatDescription, tables: readonly DocumentTable[]): void {
  const rows: Rows = tables.flatMap((t) => t.rows);
  let cursor = 0;
  for (const group of format.active.groups) {
    const columnLabels = group.columns.map((c) => c.label);
    for (const row of group.rows) {
      const path = ['active_disclosure', row.key];
      let found: number | undefined;
      for (const kind of ['exact', 'near'] as const) {
        found ??= rows.findIndex((r, i) => i >= cursor && matchLabel(loose(r.find((s) => stripBlanks(s.text) !== '')?.text ?? ''), row.label) === kind);
        if (found < 0) found = undefined;
      }
      if (found === undefined) {
        missing(draft, rows[0]?.[0]?.place, path, { kind: 'row', label: row.label });
        continue;
      }
      cursor = found + 1;
      let headRow = found - 1;
      while (headRow >= 0 && !columnLabels.some((l) => rows[headRow].some((s) => matchLabel(loose(s.text), l) !== undefined))) headRow--;
      for (const column of group.columns) {
        const cellPath = [...path, column.key];
        const label = `${row.label} · ${column.label}`;
        const head = headRow >= 0 ? rows[headRow] : [];
        const candidates = [...new Map(head.filter((s) => bestMatches(loose(s.text), [column.label], (x) => x).length > 0).map((s) => [s.cell, s])).values()];
        if (candidates.length !== 1 || rows[found].length !== head.length) {
          missing(draft, rows[found][0].place, cellPath, { kind: 'column', label: column.label });
          continue;
        }
        const at = head.flatMap((s, i) => (s.cell === candidates[0].cell ? [i] : []));
        const others = new Set(head.filter((s) => s.cell !== candidates[0].cell && columnLabels.some((l) => bestMatches(loose(s.text), [l], (x) => x).length > 0)).map((s) => s.cell));
        const body = rows[found];
        const shared = (slot: TableSlot): boolean => body.some((s, i) => s.cell === slot.cell && others.has(head[i].cell));
        readFigure(draft, cellPath, column.type, at.map((i) => body[i]), { total: false, label, shared });
      }
    }
  }
}
