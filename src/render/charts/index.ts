// Every chart of a document drawn once, in reading order, for the renderers that show them.
import type { ReportDocument } from '../document.js';
import type { Chart } from './declare.js';

export type { Chart } from './declare.js';

/** The SVG of each chart the document shows; drawn one after another (see drawChart). */
export async function drawnCharts(document: ReportDocument, draw: (chart: Chart) => Promise<string>): Promise<ReadonlyMap<Chart, string>> {
  const out = new Map<Chart, string>();
  for (const figure of document.sections.flatMap((s) => s.charts ?? [])) out.set(figure.chart, await draw(figure.chart));
  return out;
}

/** The charts a document shows, in reading order; a chart shown twice is listed twice. */
export const chartsIn = (document: Pick<ReportDocument, 'sections'>): Chart[] => document.sections.flatMap((s) => (s.charts ?? []).map((f) => f.chart));
