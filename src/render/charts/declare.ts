// The report's charts, declared once from the format description and the figures: what
// each shows, its labels (the printed ones, never typed again here) and its text
// alternative. The HTML and PDF renderers draw these same declarations.
import type { FigureMap } from '../../consolidate/complete.js';
import { leavesOf, pathKey, type KeyPath } from '../../formats/cells.js';
import type { FormatDescription, HeaderNode } from '../../formats/types.js';
import type { ChartId } from '../../load/config.js';
import { formatChange, formatCount, formatPercent } from '../../numbers/format.js';
import { child, withoutExplanation, withoutOrdinal } from './labels.js';

export interface ChartBar {
  /** The bar's row (or, for `paired`, its panel). */
  readonly category: string;
  /** Its colour: a group of applicants, an outcome, a year. */
  readonly series: string;
  readonly value: number;
  /** Printed at the bar's end. */
  readonly text?: string;
}

export interface Chart {
  readonly id: ChartId;
  readonly title: string;
  /** bars: one bar a row; stacked: a row's bars end to end, its total at the end; paired: one panel a category, a bar a year. */
  readonly layout: 'bars' | 'stacked' | 'paired';
  readonly categories: readonly string[];
  readonly series: readonly string[];
  readonly bars: readonly ChartBar[];
  /** stacked: each row's total, printed at its end. */
  readonly totals: readonly { readonly category: string; readonly value: number; readonly text: string }[];
  /** The chart in words, with every figure it shows: the HTML aria-label and the PDF's alt text. */
  readonly alt: string;
  /** The table the chart illustrates, which it follows unless report.yaml puts charts in an appendix. */
  readonly illustrates: 'requests' | 'appeals';
}

export interface ChartFigures {
  readonly format: FormatDescription;
  readonly figures: FigureMap;
  /** Last year's, from previous.json; without them there is no `change` chart. */
  readonly previous?: FigureMap;
  readonly year: number;
}

const count = (figures: FigureMap | undefined, path: KeyPath): number | undefined => {
  const value = figures?.get(pathKey(path));
  return typeof value === 'number' ? value : undefined;
};

const pieces = (figures: FigureMap | undefined, paths: readonly KeyPath[]): number | undefined => {
  let sum = 0;
  for (const path of paths) {
    const value = count(figures, path);
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
};

const units = (n: number): string => `${formatCount(n)}件`;

/** 本年新收 by applicant: 自然人 and each kind of 法人或其他组织, coloured by the two. */
function applicants({ format, figures }: ChartFigures): Chart {
  const received = child(format.requests.rows, 'received');
  const groups = (format.requests.columns.children ?? []).filter((n) => !n.total);
  const bars: ChartBar[] = groups.flatMap((group) =>
    leavesOf([group]).map((leaf) => {
      const value = count(figures, ['requests', 'received', ...leaf.path]) ?? 0;
      return { category: leaf.label.split(' / ').at(-1)!, series: group.label, value, text: formatCount(value) };
    }),
  );
  const total = count(figures, ['requests', 'received', 'total']) ?? 0;
  const title = `${withoutOrdinal(received.label)}（${format.requests.columns.label}）`;
  return {
    id: 'applicants',
    title,
    layout: 'bars',
    categories: bars.map((b) => b.category),
    series: groups.map((g) => g.label),
    bars,
    totals: [],
    alt: `${title}：${bars.map((b) => `${b.category}${units(b.value)}`).join('，')}；总计${units(total)}。`,
    illustrates: 'requests',
  };
}

/** （一）…（六） as shares of （七）总计, each group （三）…（六） summed over its rows. */
function results({ format, figures }: ChartFigures): Chart {
  const node = child(format.requests.rows, 'results');
  const rows = (node.children ?? []).filter((n) => !n.total);
  const totalNode = (node.children ?? []).find((n) => n.total)!;
  const total = count(figures, ['requests', 'results', totalNode.key!, 'total']) ?? 0;
  const title = withoutOrdinal(node.label);
  const bars: ChartBar[] = rows.map((row) => {
    const paths = leavesOf([row]).map((leaf) => ['requests', 'results', ...leaf.path, 'total']);
    const value = pieces(figures, paths) ?? 0;
    return { category: withoutExplanation(row.label), series: title, value, text: `${formatCount(value)}（${formatPercent(value, total)}）` };
  });
  return {
    id: 'results',
    title,
    layout: 'bars',
    categories: bars.map((b) => b.category),
    series: [title],
    bars,
    totals: [],
    alt: `${title}，${totalNode.label}${units(total)}：${bars.map((b) => `${b.category}${units(b.value)}，占${formatPercent(b.value, total)}`).join('；')}。`,
    illustrates: 'requests',
  };
}

/** The proceedings of part 四 (行政复议, and 行政诉讼's two kinds), each a row of its outcomes end to end. */
function proceedings(format: FormatDescription): { label: string; path: KeyPath; outcomes: readonly HeaderNode[] }[] {
  const out: { label: string; path: KeyPath; outcomes: readonly HeaderNode[] }[] = [];
  const walk = (nodes: readonly HeaderNode[], parent: HeaderNode | undefined, path: KeyPath): void => {
    for (const node of nodes) {
      const here = node.key === undefined ? path : [...path, node.key];
      if (node.children?.some((c) => !c.children && c.total)) {
        out.push({ label: parent ? `${parent.label}（${node.label}）` : node.label, path: here, outcomes: node.children });
      } else if (node.children) walk(node.children, node, here);
    }
  };
  walk(format.appeals.columns, undefined, ['appeals']);
  return out;
}

function appeals({ format, figures }: ChartFigures): Chart {
  const rows = proceedings(format);
  const outcomes = rows[0].outcomes.filter((o) => !o.total);
  const totalKey = rows[0].outcomes.find((o) => o.total)!.key!;
  const title = withoutOrdinal(format.appeals.title);
  const bars = rows.flatMap((row) => outcomes.map((o) => ({ category: row.label, series: o.label, value: count(figures, [...row.path, o.key!]) ?? 0 })));
  const totals = rows.map((row) => {
    const value = count(figures, [...row.path, totalKey]) ?? 0;
    return { category: row.label, value, text: formatCount(value) };
  });
  const alt = rows
    .map((row, i) => `${row.label}${units(totals[i].value)}：${outcomes.map((o) => `${o.label}${units(bars.find((b) => b.category === row.label && b.series === o.label)!.value)}`).join('，')}`)
    .join('；');
  return {
    id: 'appeals',
    title,
    layout: 'stacked',
    categories: rows.map((r) => r.label),
    series: outcomes.map((o) => o.label),
    bars,
    totals,
    alt: `${title}：${alt}。`,
    illustrates: 'appeals',
  };
}

/** This year against last: applications received, reconsiderations, lawsuits of both kinds together. */
function change({ format, figures, previous, year }: ChartFigures): Chart | undefined {
  if (!previous) return undefined;
  const received = child(format.requests.rows, 'received');
  const rows = proceedings(format);
  const totalKey = rows[0].outcomes.find((o) => o.total)!.key!;
  const main: { label: string; paths: KeyPath[] }[] = [{ label: withoutOrdinal(received.label), paths: [['requests', 'received', 'total']] }];
  for (const node of format.appeals.columns) {
    const under = rows.filter((r) => r.label === node.label || r.label.startsWith(`${node.label}（`));
    main.push({ label: node.label, paths: under.map((r) => [...r.path, totalKey]) });
  }
  const lastYear = `${year - 1}年`;
  const thisYear = `${year}年`;
  const bars: ChartBar[] = [];
  const words: string[] = [];
  for (const figure of main) {
    const now = pieces(figures, figure.paths) ?? 0;
    const before = pieces(previous, figure.paths);
    const wording = formatChange(now, before);
    if (before !== undefined) bars.push({ category: figure.label, series: lastYear, value: before, text: formatCount(before) });
    bars.push({ category: figure.label, series: thisYear, value: now, text: before === undefined ? formatCount(now) : `${formatCount(now)}（${wording}）` });
    words.push(`${figure.label}${before === undefined ? '' : `${lastYear}${units(before)}，`}${thisYear}${units(now)}${before === undefined ? '' : `，${wording}`}`);
  }
  const title = `${thisYear}与${lastYear}比较`;
  return {
    id: 'change',
    title,
    layout: 'paired',
    categories: main.map((m) => m.label),
    series: [lastYear, thisYear],
    bars,
    totals: [],
    alt: `${title}：${words.join('；')}。`,
    illustrates: 'appeals',
  };
}

const declarations: Record<ChartId, (figures: ChartFigures) => Chart | undefined> = { applicants, results, appeals, change };

/** The charts `ids` asks for, in that order; `change` only where last year's figures are given. */
export function declareCharts(ids: readonly ChartId[], figures: ChartFigures): Chart[] {
  return ids.map((id) => declarations[id](figures)).filter((c): c is Chart => c !== undefined);
}
