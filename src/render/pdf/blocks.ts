// What the PDF draws, in order: a flat list of blocks built from the report document.
// Each kind has one drawer (draw.ts); a new kind of content (a chart) is one more member
// here and one more drawer there.
import type { EmbeddedImage } from '../../narrative/images.js';
import type { Chart } from '../charts/declare.js';
import type { ChartScene } from '../charts/scene.js';
import type { ChartFigure, ReportDocument } from '../document.js';
import type { Grid } from '../layout.js';
import { narrativeBlocks } from './narrative.js';
import type { CellText } from './table.js';

/** A stretch of a paragraph in one style. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly link?: string;
}

export type PdfBlock =
  | { readonly kind: 'title'; readonly text: string }
  /** level 1: one of the six parts (a bookmark); level 2: a sub-heading in a narrative. */
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[]; readonly prefix?: string }
  | { readonly kind: 'table'; readonly grid: Grid; readonly text: CellText }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'image'; readonly image: EmbeddedImage; readonly alt: string }
  /** A chart: its scene (charts/layout.ts) and its numbered caption. */
  | { readonly kind: 'chart'; readonly figure: ChartFigure; readonly scene: ChartScene }
  | { readonly kind: 'signature'; readonly by: string; readonly date: string };

/** The report's six parts come first among its sections; what follows them is an appendix (附：说明, 附：汇总范围). */
const partCount = 6;

/** `charts`: the scene of each chart the document shows. */
export function documentBlocks(document: ReportDocument, charts: ReadonlyMap<Chart, ChartScene> = new Map()): PdfBlock[] {
  const official: CellText = (cell) => (cell.kind === 'value' && cell.path ? document.figure(cell.path) : cell.text);
  const blocks: PdfBlock[] = [{ kind: 'title', text: document.title }, ...narrativeBlocks(document.preface, document.images)];
  const signature: PdfBlock = { kind: 'signature', by: document.signature.by, date: document.signature.date };
  document.sections.forEach((section, index) => {
    // GB/T 9704: the office and the date close the text; appendices (附件) follow them.
    if (index === partCount) blocks.push(signature);
    blocks.push({ kind: 'heading', text: section.heading, level: 1 });
    if (section.text) blocks.push(...narrativeBlocks(section.text, document.images));
    if (section.grid) {
      blocks.push({ kind: 'table', grid: section.grid, text: official });
      for (const note of section.grid.notes) blocks.push({ kind: 'note', text: note });
    }
    for (const figure of section.charts ?? []) {
      const scene = charts.get(figure.chart);
      if (!scene) throw new Error(`chart \`${figure.chart.id}\` was not laid out before the PDF`);
      blocks.push({ kind: 'chart', figure, scene });
    }
  });
  if (document.sections.length <= partCount) blocks.push(signature);
  return blocks;
}
