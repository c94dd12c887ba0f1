// The data a narrative template sees: every figure of the report (with last year's where
// previous.json gives it), the derived subtotals of result groups （三）…（六）, the
// subtotal groups, unit counts, and the report's own facts (region, year, period, basis).
import type { Consolidation } from '../consolidate/consolidate.js';
import type { Totals } from '../consolidate/sums.js';
import type { FigureMap } from '../consolidate/complete.js';
import { addCounts, type Count } from '../numbers/count.js';
import { nestCells } from '../consolidate/shape.js';
import { leavesOf, pathKey, type FormatCells } from '../formats/cells.js';
import type { FormatDescription, HeaderNode } from '../formats/types.js';
import { Figure } from './figure.js';
import { escapeMarkdownText } from './markdown-text.js';

export interface ReportFacts {
  readonly title: string;
  readonly region: string;
  readonly name: string;
  readonly year: number;
  readonly compiled_by: string;
  readonly date: string;
  readonly contact: Readonly<Record<string, string | undefined>>;
}

export type NarrativeContext = Record<string, unknown>;

function figuresTree(totals: Totals, model: FormatCells, format: FormatDescription, previous: FigureMap | undefined): Record<string, unknown> {
  const tree = nestCells(model, (cell, key) => {
    const value = totals.figures.get(key);
    return value === undefined ? undefined : new Figure(value, cell.type, previous?.get(key));
  });
  addResultSubtotals(tree, totals.figures, model, format, previous);
  return tree;
}

/** `requests.results.withheld.subtotal.total` and the like: groups （三）…（六） have no printed row. */
function addResultSubtotals(
  tree: Record<string, unknown>,
  figures: FigureMap,
  model: FormatCells,
  format: FormatDescription,
  previous: FigureMap | undefined,
): void {
  const results: readonly HeaderNode[] = format.requests.rows.find((n) => n.key === 'results')?.children ?? [];
  const requests = tree.requests as Record<string, Record<string, Record<string, unknown>>> | undefined;
  for (const group of results) {
    if (!group.children || group.key === undefined || !requests?.results?.[group.key]) continue;
    const rows = leavesOf(group.children);
    const subtotal: Record<string, Figure> = {};
    for (const column of model.requestColumns) {
      const sum = (map: FigureMap | undefined): Count | undefined => {
        let s: Count = 0;
        for (const row of rows) {
          const v = map?.get(pathKey(['requests', 'results', group.key!, ...row.path, ...column.path]));
          if (v === undefined || typeof v === 'object') return undefined;
          s = addCounts(s, v);
        }
        return s;
      };
      const current = sum(figures);
      if (current !== undefined) subtotal[column.path.join('.')] = new Figure(current, 'count', sum(previous));
    }
    requests.results[group.key].subtotal = subtotal;
  }
}

function nestKeys(flat: ReadonlyMap<string, number>): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (const [key, count] of flat) {
    const parts = key.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts.at(-1)!] = new Figure(count, 'count');
  }
  return out;
}

export function narrativeContext(
  consolidation: Consolidation,
  model: FormatCells,
  facts: ReportFacts,
  previous: { readonly figures: FigureMap; readonly unitCount?: number } | undefined,
): NarrativeContext {
  const { format, total } = consolidation;
  // The facts are text from report.yaml and submissions, printed into Markdown prose.
  const text = (value: string): string => escapeMarkdownText(value);
  return {
    ...facts,
    title: text(facts.title),
    region: text(facts.region),
    name: text(facts.name),
    compiled_by: text(facts.compiled_by),
    date: text(facts.date),
    contact: Object.fromEntries(Object.entries(facts.contact).map(([key, value]) => [key, value === undefined ? value : text(value)])),
    period: `${facts.year}年1月1日至${facts.year}年12月31日`,
    basis: format.basis,
    basis_title: format.basisTitle,
    units: new Figure(total.unitCount, 'count', previous?.unitCount),
    coverage: nestKeys(total.coverage),
    groups: Object.fromEntries(
      consolidation.groups.map((g) => [g.name, { units: new Figure(g.unitCount, 'count'), ...figuresTree(g, model, format, undefined) }]),
    ),
    ...figuresTree(total, model, format, previous?.figures),
  };
}
