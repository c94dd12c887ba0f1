// The renderers by output format (Eleventy's Engines/): one small module each, one interface.
import type { OutputFormat } from '../load/config.js';
import type { ReportDocument } from './document.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { PdfFonts } from './pdf/fonts.js';
import { renderPdf } from './pdf/index.js';

export interface RenderOptions {
  /** Parsed once per build, on first use, and shared by every PDF. */
  readonly pdfFonts: () => PdfFonts;
  readonly htmlTemplate: () => string;
  readonly date: Date;
}

export type Renderer = (document: ReportDocument, options: RenderOptions) => Promise<Uint8Array>;

const encoder = new TextEncoder();

/** The formats laid out from the report document; json, csv and xlsx are rendered from the figures (build.ts). */
export type DocumentFormat = Exclude<OutputFormat, 'json' | 'csv' | 'xlsx'>;

const isDocumentFormat = (format: OutputFormat): format is DocumentFormat => Object.hasOwn(renderers, format);

export const renderers: Record<DocumentFormat, Renderer> = {
  md: async (document) => encoder.encode(renderMarkdown(document)),
  html: async (document, options) => encoder.encode(renderHtml(document, options.htmlTemplate())),
  pdf: (document, options) => renderPdf(document, options.pdfFonts(), options.date),
};

/** Every requested format laid out from the document (not json, csv or xlsx, which need the figures alone). */
export async function renderAll(document: ReportDocument, formats: readonly OutputFormat[], options: RenderOptions): Promise<Map<OutputFormat, Uint8Array>> {
  const out = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) {
    if (isDocumentFormat(format)) out.set(format, await renderers[format](document, options));
  }
  return out;
}
