// What every renderer lays out: the report's parts in printed order, the three grids,
// and each figure's printed text. Built once per report, rendered many ways.
import type { FigureMap } from '../consolidate/complete.js';
import type { KeyPath } from '../formats/cells.js';
import { pathKey, type FormatCells } from '../formats/cells.js';
import { proseHeadings } from '../formats/shared.js';
import type { FormatDescription } from '../formats/types.js';
import type { ChartPlace } from '../load/config.js';
import { printValue } from '../narrative/figure.js';
import type { NarrativeImages } from '../narrative/images.js';
import type { Chart } from './charts/declare.js';
import { gridsOf, type Grid } from './layout.js';

/** A chart as the report prints it: numbered in reading order (图1, 图2, …). */
export interface ChartFigure {
  readonly chart: Chart;
  readonly caption: string;
}

/** The appendix that holds the charts when report.yaml puts them there (charts.place: appendix). */
export const chartAppendixHeading = '附：图表';

export interface Section {
  readonly heading: string;
  /** Markdown paragraphs, already bound to the figures. */
  readonly text?: string;
  readonly grid?: Grid;
  /** The charts that follow the section's table. */
  readonly charts?: readonly ChartFigure[];
}

export interface ReportDocument {
  readonly title: string;
  readonly author: string;
  readonly preface: string;
  readonly sections: readonly Section[];
  readonly signature: { readonly by: string; readonly date: string };
  /** The printed text of the figure at a key path ('' where there is none). */
  readonly figure: (path: KeyPath) => string;
  /** The narratives' local images, by their Markdown `src`; an image not here is printed as its alt text. */
  readonly images: NarrativeImages;
}

export interface DocumentText {
  readonly preface: string;
  readonly overview: string;
  readonly problems: string;
  readonly other: string;
}

export function reportDocument(
  format: FormatDescription,
  model: FormatCells,
  figures: FigureMap,
  head: { title: string; author: string; date: string },
  text: DocumentText,
  appendices: readonly Section[] = [],
  images: NarrativeImages = new Map(),
  charts: { readonly list: readonly Chart[]; readonly place: ChartPlace } = { list: [], place: 'after-table' },
): ReportDocument {
  const grids = gridsOf(format);
  // Numbered in the order a reader meets them: by table when they follow the tables.
  const order = charts.place === 'appendix' ? charts.list : (['requests', 'appeals'] as const).flatMap((t) => charts.list.filter((c) => c.illustrates === t));
  const numbered = order.map((chart, i) => ({ chart, caption: `图${i + 1}　${chart.title}` }));
  const after = (table: Chart['illustrates']) => (charts.place === 'appendix' ? [] : numbered.filter((f) => f.chart.illustrates === table));
  return {
    title: head.title,
    author: head.author,
    preface: text.preface,
    sections: [
      { heading: proseHeadings.overview, text: text.overview },
      { heading: grids.active.title, grid: grids.active },
      { heading: grids.requests.title, grid: grids.requests, charts: after('requests') },
      { heading: grids.appeals.title, grid: grids.appeals, charts: after('appeals') },
      { heading: proseHeadings.problems, text: text.problems },
      { heading: proseHeadings.other, text: text.other },
      ...appendices,
      ...(charts.place === 'appendix' && numbered.length > 0 ? [{ heading: chartAppendixHeading, charts: numbered }] : []),
    ],
    signature: { by: head.author, date: head.date },
    images,
    figure: (path) => {
      const key = pathKey(path);
      const value = figures.get(key);
      const cell = model.byPath.get(key);
      return value === undefined || !cell ? '' : printValue(value, cell.type);
    },
  };
}

/** Every character the report prints (its prose, labels and figures), for font checks. */
export function documentText(document: ReportDocument): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(document);
  return parts.join('');
}
