// The renderers by output format (Eleventy's Engines/): one small module each, one interface.
import type { OutputFormat } from '../load/config.js';
import type { Chart } from './charts/declare.js';
import { drawnCharts } from './charts/index.js';
import type { ReportDocument } from './document.js';
import { embeddedFontFaces } from './html-fonts.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { PdfFonts } from './pdf/fonts.js';
import { renderPdf } from './pdf/index.js';

export interface RenderOptions {
  /** Parsed once per build, on first use, and shared by every PDF. */
  readonly pdfFonts: () => PdfFonts;
  readonly htmlTemplate: () => string;
  readonly date: Date;
  /** The font files the PDF embeds (report.yaml's or the bundled ones). */
  readonly fontFiles: () => { readonly body: Uint8Array; readonly heading: Uint8Array };
  /** `--embed-fonts`: report.html carries a subset of the PDF's fonts, as WOFF2. */
  readonly embedFonts: boolean;
  /** A chart's SVG, drawn once per build and shared by the HTML and the PDF. */
  readonly drawChart: (chart: Chart) => Promise<string>;
}

export type Renderer = (document: ReportDocument, options: RenderOptions) => Promise<Uint8Array>;

const encoder = new TextEncoder();

/** The formats laid out from the report document; json, csv and xlsx are rendered from the figures (build.ts). */
export type DocumentFormat = Exclude<OutputFormat, 'json' | 'csv' | 'xlsx'>;

const isDocumentFormat = (format: OutputFormat): format is DocumentFormat => Object.hasOwn(renderers, format);

export const renderers: Record<DocumentFormat, Renderer> = {
  md: async (document) => encoder.encode(renderMarkdown(document)),
  html: async (document, options) => {
    const charts = await drawnCharts(document, options.drawChart);
    const page = renderHtml(document, options.htmlTemplate(), charts);
    if (!options.embedFonts) return encoder.encode(page);
    return encoder.encode(renderHtml(document, options.htmlTemplate(), charts, await embeddedFontFaces(options.fontFiles(), page)));
  },
  pdf: async (document, options) => renderPdf(document, options.pdfFonts(), options.date, await drawnCharts(document, options.drawChart)),
};

/** Every requested format laid out from the document (not json, csv or xlsx, which need the figures alone). */
export async function renderAll(document: ReportDocument, formats: readonly OutputFormat[], options: RenderOptions): Promise<Map<OutputFormat, Uint8Array>> {
  const out = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) {
    if (isDocumentFormat(format)) out.set(format, await renderers[format](document, options));
  }
  return out;
}
