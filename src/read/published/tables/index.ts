// The tables of a published report → the figures of a submission, driven by the format
// description: each part's table is the one printing most of its labels, and rows and
// columns are found by their printed labels, never by position.
import type { FormatDescription, HeaderNode } from '../../../formats/types.js';
import { loose } from '../labels.js';
import type { DocumentTable } from '../document.js';
import { SubmissionDraft } from '../read-cells.js';
import { readActive } from './active.js';
import { readAppeals } from './appeals.js';
import { readRequests } from './requests.js';
import { missing } from './rows.js';

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
  else missing(draft, nowhere, ['active_disclosure'], { kind: 'label', label: format.active.title });
  if (requests !== undefined) readRequests(draft, format, tables[requests]);
  else missing(draft, nowhere, ['requests'], { kind: 'label', label: format.requests.title });
  if (appeals !== undefined) readAppeals(draft, format, tables[appeals]);
  else missing(draft, nowhere, ['appeals'], { kind: 'label', label: format.appeals.title });
  return { draft, used: { active, requests, appeals } };
}
