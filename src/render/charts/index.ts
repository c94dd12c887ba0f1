// Every chart of a document laid out once, in reading order, for the renderers that show them.
import type { ReportDocument } from '../document.js';
import type { Chart } from './declare.js';
import type { ChartScene } from './scene.js';

export type { Chart } from './declare.js';
export type { ChartScene } from './scene.js';

/** The scene of each chart the document shows. */
export async function chartScenes(document: ReportDocument, layout: (chart: Chart) => Promise<ChartScene>): Promise<ReadonlyMap<Chart, ChartScene>> {
  const out = new Map<Chart, ChartScene>();
  for (const figure of document.sections.flatMap((s) => s.charts ?? [])) out.set(figure.chart, await layout(figure.chart));
  return out;
}

/** The charts a document shows, in reading order; a chart shown twice is listed twice. */
export const chartsIn = (document: Pick<ReportDocument, 'sections'>): Chart[] => document.sections.flatMap((s) => (s.charts ?? []).map((f) => f.chart));
