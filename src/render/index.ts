// The renderers by output format (Eleventy's Engines/): one small module each, one interface.
import type { OutputFormat } from '../load/config.js';
import type { Chart } from './charts/declare.js';
import { chartScenes, chartsIn, type ChartScene } from './charts/index.js';
import type { ReportDocument } from './document.js';
import type { PdfFonts } from './pdf/fonts.js';

export interface FontPaths {
  readonly body: string;
  readonly heading: string;
}

/** A PDF's fonts as a worker receives them (src/scan/pdf-pool.ts). */
export type PdfFontSource = { readonly body: Uint8Array; readonly heading: Uint8Array } | { readonly paths: FontPaths };

export interface RenderOptions {
  /** Parsed once per build, on first use, and shared by every PDF. */
  readonly pdfFonts: () => Promise<PdfFonts>;
  readonly htmlTemplate: () => string;
  readonly date: Date;
  /** The font files the PDF embeds (report.yaml's or the bundled ones). */
  readonly fontFiles: () => { readonly body: Uint8Array; readonly heading: Uint8Array };
  /**
   * The fonts for a PDF worker: their bytes, or, for the bundled fonts, their files, which
   * the worker reads (and a worker started with the process has already opened) itself.
   */
  readonly pdfFontSource: () => PdfFontSource;
  /** `--embed-fonts`: report.html carries a subset of the PDF's fonts, as WOFF2. */
  readonly embedFonts: boolean;
  /** A chart laid out, once per build, for the HTML and the PDF to paint. */
  readonly chartScene: (chart: Chart) => Promise<ChartScene>;
}

export type Renderer = (document: ReportDocument, options: RenderOptions) => Promise<Uint8Array>;

const encoder = new TextEncoder();

/** The formats laid out from the report document; json, csv and xlsx are rendered from the figures (build.ts). */
export type DocumentFormat = Exclude<OutputFormat, 'json' | 'csv' | 'xlsx'>;

const isDocumentFormat = (format: OutputFormat): format is DocumentFormat => Object.hasOwn(renderers, format);

// Each renderer's libraries (markdown-it, handlebars, subset-font, pdfkit, fontkit) load on
// first use, so commands that render nothing (--help, validate) never load them.
export const renderers: Record<DocumentFormat, Renderer> = {
  md: async (document) => encoder.encode((await import('./markdown.js')).renderMarkdown(document)),
  html: async (document, options) => {
    const { renderHtml } = await import('./html.js');
    const charts = await chartScenes(document, options.chartScene);
    const page = renderHtml(document, options.htmlTemplate(), charts);
    if (!options.embedFonts) return encoder.encode(page);
    const { embeddedFontFaces } = await import('./html-fonts.js');
    return encoder.encode(renderHtml(document, options.htmlTemplate(), charts, await embeddedFontFaces(options.fontFiles(), page)));
  },
  pdf: async (document, options) => (await import('./pdf/index.js')).renderPdf(document, await options.pdfFonts(), options.date, await chartScenes(document, options.chartScene)),
};

/**
 * Renders many documents' PDFs elsewhere (worker threads), each with the scenes of its charts
 * in the order chartsIn lists them; results in the documents' order.
 */
export type PdfBatch = (documents: readonly ReportDocument[], onDone: (index: number) => void) => Promise<readonly { readonly pdf: Uint8Array; readonly charts: readonly ChartScene[] }[]>;

/** Every requested format laid out from the document (not json, csv or xlsx, which need the figures alone). */
export async function renderAll(document: ReportDocument, formats: readonly OutputFormat[], options: RenderOptions): Promise<Map<OutputFormat, Uint8Array>> {
  const out = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) {
    if (isDocumentFormat(format)) out.set(format, await renderers[format](document, options));
  }
  return out;
}

/**
 * Every document in every requested format, one map per document, each in the order of
 * `formats`. With `pdfs`, the PDFs are drawn there while this thread lays out the other
 * formats; a document with charts waits for its PDF's, so each chart is laid out once.
 */
export async function renderEach(documents: readonly ReportDocument[], formats: readonly OutputFormat[], options: RenderOptions, onRendered: () => void, pdfs?: PdfBatch): Promise<Map<OutputFormat, Uint8Array>[]> {
  const out: Map<OutputFormat, Uint8Array>[] = [];
  if (!pdfs || !formats.includes('pdf')) {
    for (const document of documents) {
      out.push(await renderAll(document, formats, options));
      onRendered();
    }
    return out;
  }
  const drawing = pdfs(documents, onRendered);
  drawing.catch(() => {}); // awaited below, once this thread's share is done
  const others = formats.filter((f) => f !== 'pdf');
  const early: (Map<OutputFormat, Uint8Array> | undefined)[] = [];
  for (const document of documents) {
    early.push(chartsIn(document).length === 0 ? await renderAll(document, others, options) : undefined);
    // A turn of the event loop between reports, so that the workers' answers are heard and their next jobs sent.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const drawn = await drawing;
  for (const [i, document] of documents.entries()) {
    const charts = chartsIn(document);
    const scenes = new Map(charts.map((chart, k) => [chart, drawn[i].charts[k]]));
    const rendered = early[i] ?? (await renderAll(document, others, { ...options, chartScene: async (chart) => scenes.get(chart)! }));
    out.push(new Map(formats.flatMap((f): [OutputFormat, Uint8Array][] => (f === 'pdf' ? [['pdf', drawn[i].pdf]] : rendered.has(f) ? [[f, rendered.get(f)!]] : []))));
  }
  return out;
}
