// One PDF rendered from data alone, as a worker thread does it (src/scan/pdf-pool.ts): the
// document's charts drawn in the embedded font, then the pages. The charts' SVGs come
// back too, for the HTML, so each chart is drawn once per report wherever it renders.
import { drawChart, fontMeasure } from '../charts/draw.js';
import type { Chart } from '../charts/declare.js';
import { chartsIn } from '../charts/index.js';
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
  /** The SVG of each chart of the document, in the order chartsIn (charts/index.ts) lists them. */
  readonly charts: readonly string[];
}

export async function renderPdfJob(job: PdfJob, fonts: PdfFonts): Promise<PdfJobResult> {
  const document = documentOf(job.document);
  const drawn = new Map<Chart, string>();
  // One after another: vega's text metrics are shared (see drawChart).
  for (const chart of chartsIn(document)) if (!drawn.has(chart)) drawn.set(chart, await drawChart(chart, fontMeasure(fonts.body), fonts.body.familyName));
  const pdf = await renderPdf(document, fonts, job.date, drawn);
  return { pdf, charts: chartsIn(document).map((chart) => drawn.get(chart)!) };
}
