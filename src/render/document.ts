// What every renderer lays out: the report's parts in printed order, the three grids,
// and each figure's printed text. Built once per report, rendered many ways.
import type { FigureMap } from '../consolidate/complete.js';
import type { KeyPath } from '../formats/cells.js';
import { pathKey, type FormatCells } from '../formats/cells.js';
import { proseHeadings } from '../formats/shared.js';
import type { FormatDescription } from '../formats/types.js';
import { printValue } from '../narrative/figure.js';
import type { NarrativeImages } from '../narrative/images.js';
import { gridsOf, type Grid } from './layout.js';

export interface Section {
  readonly heading: string;
  /** Markdown paragraphs, already bound to the figures. */
  readonly text?: string;
  readonly grid?: Grid;
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
): ReportDocument {
  const grids = gridsOf(format);
  return {
    title: head.title,
    author: head.author,
    preface: text.preface,
    sections: [
      { heading: proseHeadings.overview, text: text.overview },
      { heading: grids.active.title, grid: grids.active },
      { heading: grids.requests.title, grid: grids.requests },
      { heading: grids.appeals.title, grid: grids.appeals },
      { heading: proseHeadings.problems, text: text.problems },
      { heading: proseHeadings.other, text: text.other },
      ...appendices,
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
