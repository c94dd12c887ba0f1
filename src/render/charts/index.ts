// Every chart of a document, in reading order, for the renderers that show them.
import type { ReportDocument } from '../document.js';
import type { Chart } from './declare.js';

export type { Chart } from './declare.js';
export type { ChartScene } from './scene.js';

/** What `draw` makes of each chart the document shows: its scene (the PDF), its SVG (the HTML). */
export async function drawnCharts<T>(document: ReportDocument, draw: (chart: Chart) => Promise<T>): Promise<ReadonlyMap<Chart, T>> {
  const out = new Map<Chart, T>();
  for (const figure of document.sections.flatMap((s) => s.charts ?? [])) out.set(figure.chart, await draw(figure.chart));
  return out;
}

/** The charts a document shows, in reading order; a chart shown twice is listed twice. */
export const chartsIn = (document: Pick<ReportDocument, 'sections'>): Chart[] => document.sections.flatMap((s) => (s.charts ?? []).map((f) => f.chart));
