// The tables of a published report → the figures of a submission, driven by the format
// description: rows and columns are found by their printed labels, never by position.
import type { Place } from '../diagnostics/diagnostic.js';
import type { FormatDescription, HeaderNode } from '../formats/types.js';
import { columnLeaves, matchColumns, type ColumnLeaf } from './header.js';
import { bestMatches, loose, matchLabel } from './labels.js';
import { stripBlanks } from './cell-value.js';
import type { DocumentTable, TableSlot } from './published.js';
import { readFigure, SubmissionDraft } from './read-cells.js';

type Rows = readonly (readonly TableSlot[])[];

const numeric = (slot: TableSlot): boolean => /^[-+]?[\d０-９,，.．]+(万元|元|件)?$/u.test(stripBlanks(slot.text));

function score(table: DocumentTable, labels: readonly string[]): number {
  const texts = new Set(table.rows.flatMap((r) => r.map((s) => loose(s.text))));
  return labels.filter((l) => texts.has(loose(l))).length;
}

/** The table (index) that prints the most of `labels`, if it prints at least `least` of them. */
function findTable(tables: readonly DocumentTable[], labels: readonly string[], least: number, taken: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  let bestScore = least - 1;
  tables.forEach((t, i) => {
    if (taken.has(i)) return;
    const s = score(t, labels);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

const labelsOf = (nodes: readonly HeaderNode[]): string[] => nodes.flatMap((n) => [n.label, ...(n.children ? labelsOf(n.children) : [])]);

/** A row's own label: the last distinct printed text among its stub columns; the ones before are its parents. */
function rowLabels(row: readonly TableSlot[], stubWidth: number): string[] {
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
function readRow(draft: SubmissionDraft, row: readonly TableSlot[], columns: readonly (ColumnLeaf | undefined)[], prefix: readonly string[], rowLabel: string, leaves: readonly ColumnLeaf[]): void {
  for (const leaf of leaves) {
    const at = columns.flatMap((c, i) => (c === leaf ? [i] : []));
    const slots = at.map((i) => row[i]);
    const shared = (slot: TableSlot): boolean => row.some((s, i) => s.cell === slot.cell && columns[i] !== undefined && columns[i] !== leaf);
    readFigure(draft, [...prefix, ...leaf.path], 'count', slots, { total: leaf.total, label: `${rowLabel} · ${leaf.chain.at(-1)}`, shared });
  }
}

function missing(draft: SubmissionDraft, place: Place | undefined, path: readonly string[], what: string): void {
  draft.note({ code: 'import/not-found', place, path, message: `${what} is not printed in this table`, hint: 'add it to the YAML by hand, or check that this is the table the format describes' });
}

function readRequests(draft: SubmissionDraft, format: FormatDescription, table: DocumentTable): void {
  const rows = table.rows;
  const top = format.requests.rows[0].label;
  const bodyStart = rows.findIndex((r) => r.some((s) => matchLabel(loose(s.text), top) !== undefined));
  const tablePlace = rows[0][0].place;
  if (bodyStart < 0) return missing(draft, tablePlace, ['requests', 'received'], format.requests.rows[0].label);
  const leaves = columnLeaves([format.requests.columns]);
  const width = rows[0].length;
  const columns = matchColumns(rows.slice(0, bodyStart), width, leaves);
  for (const leaf of leaves) {
    if (!leaf.total && !columns.includes(leaf)) missing(draft, tablePlace, ['requests'], `the column ${leaf.chain.join(' / ')}`);
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
          draft.note({ code: 'import/layout', place: labelSlot.place, path, message: `${node.label} is printed as one row, not divided into ${parts} as ${format.id} has it: read as one row`, hint: `the report follows an older layout; divide the row by hand if the original says how` });
          continue;
        }
        walk(node.children, path);
        if (draft.values.size === before && r === undefined) missing(draft, tablePlace, path, node.label);
        continue;
      }
      const r = findRow(node.label, false);
      if (r === undefined) {
        if (!node.total) missing(draft, tablePlace, path, `the row ${node.label}`);
        continue;
      }
      cursor = r + 1;
      readRow(draft, rows[r], columns, path, node.label, leaves);
    }
  };
  walk(format.requests.rows, ['requests']);
}

function readAppeals(draft: SubmissionDraft, format: FormatDescription, table: DocumentTable): void {
  const rows = table.rows;
  const leaves = columnLeaves(format.appeals.columns);
  const body = rows.findIndex((r, i) => i > 0 && r.some(numeric) && r.every((s) => numeric(s) || stripBlanks(s.text) === ''));
  if (body < 0) return missing(draft, rows[0][0].place, ['appeals'], 'a row of figures');
  const columns = matchColumns(rows.slice(0, body), rows[0].length, leaves);
  for (const leaf of leaves) {
    if (!leaf.total && !columns.includes(leaf)) missing(draft, rows[0][0].place, ['appeals', ...leaf.path], `the column ${leaf.chain.join(' / ')}`);
  }
  readRow(draft, rows[body], columns, ['appeals'], format.appeals.title.replace(/^[一二三四五六]、/, ''), leaves);
}

/** Part 二, possibly printed as several tables: each row found by its label, its columns by the header row above it. */
function readActive(draft: SubmissionDraft, format: FormatDescription, tables: readonly DocumentTable[]): void {
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
        missing(draft, rows[0]?.[0]?.place, path, `the row ${row.label}`);
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
          missing(draft, rows[found][0].place, cellPath, `the column ${column.label}`);
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

export interface TableReading {
  readonly draft: SubmissionDraft;
  /** Which document tables were read as parts 二, 三 and 四 (indexes). */
  readonly used: { readonly active: readonly number[]; readonly requests?: number; readonly appeals?: number };
}

/** Reads parts 二, 三 and 四 of `format` out of the document's tables. */
export function readTables(tables: readonly DocumentTable[], format: FormatDescription, draft = new SubmissionDraft()): TableReading {
  const taken = new Set<number>();
  const requests = findTable(tables, labelsOf(format.requests.rows), 5, taken);
  if (requests !== undefined) taken.add(requests);
  const appeals = findTable(tables, labelsOf(format.appeals.columns), 3, taken);
  if (appeals !== undefined) taken.add(appeals);
  const activeLabels = format.active.groups.flatMap((g) => g.rows.map((r) => r.label));
  const active = tables.flatMap((t, i) => (!taken.has(i) && score(t, activeLabels) > 0 ? [i] : []));
  const nowhere = undefined;
  if (active.length > 0) readActive(draft, format, active.map((i) => tables[i]));
  else missing(draft, nowhere, ['active_disclosure'], format.active.title);
  if (requests !== undefined) readRequests(draft, format, tables[requests]);
  else missing(draft, nowhere, ['requests'], format.requests.title);
  if (appeals !== undefined) readAppeals(draft, format, tables[appeals]);
  else missing(draft, nowhere, ['appeals'], format.appeals.title);
  return { draft, used: { active, requests, appeals } };
}
