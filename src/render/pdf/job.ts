// One PDF rendered from data alone, as a worker thread does it (src/scan/pdf-pool.ts): the
// document's charts laid out in the embedded font, then the pages. The charts' scenes come
// back too, for the HTML, so each chart is laid out once per report wherever it renders.
import type { Chart } from '../charts/declare.js';
import { chartsIn } from '../charts/index.js';
import { layoutChart } from '../charts/layout.js';
import { fontMeasure } from '../charts/measure.js';
import type { ChartScene } from '../charts/scene.js';
import { documentOf, type PortableDocument } from '../portable.js';
import type { PdfFonts } from './fonts.js';
import { renderPdf } from './index.js';

export interface PdfJob {
  readonly document: PortableDocument;
  /** The report's instant, for the PDF's dates. */
  readonly date: Date;
}

export interface PdfJobResult {
  readonly pdf: Uint8Array;
  /** The scene of each chart of the document, in the order chartsIn (charts/index.ts) lists them. */
  readonly charts: readonly ChartScene[];
}

export async function renderPdfJob(job: PdfJob, fonts: PdfFonts): Promise<PdfJobResult> {
  const document = documentOf(job.document);
  const measure = fontMeasure(fonts.body);
  const scenes = new Map<Chart, ChartScene>();
  for (const chart of chartsIn(document)) if (!scenes.has(chart)) scenes.set(chart, layoutChart(chart, measure, fonts.body.familyName));
  const pdf = await renderPdf(document, fonts, job.date, scenes);
  return { pdf, charts: chartsIn(document).map((chart) => scenes.get(chart)!) };
}
