// The renderers by output format (Eleventy's Engines/): one small module each, one interface.
import { randomUUID } from 'node:crypto';
import type { OutputFormat } from '../load/config.js';
import type { Chart } from './charts/declare.js';
import { chartsIn, drawnCharts, type ChartScene } from './charts/index.js';
import { chartSvg } from './charts/svg.js';
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
  /** Stands in the page for a chart not laid out yet (renderEach's marks); unset, the page shows the chart's SVG. */
  readonly chartMark?: (chart: Chart) => string;
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
    const { chartMark } = options;
    const charts = await drawnCharts(document, chartMark ? async (chart) => chartMark(chart) : async (chart) => chartSvg(await options.chartScene(chart)));
    const page = renderHtml(document, options.htmlTemplate(), charts);
    if (!options.embedFonts) return encoder.encode(page);
    const { embeddedFontFaces } = await import('./html-fonts.js');
    return encoder.encode(renderHtml(document, options.htmlTemplate(), charts, await embeddedFontFaces(options.fontFiles(), page)));
  },
  pdf: async (document, options) => (await import('./pdf/index.js')).renderPdf(document, await options.pdfFonts(), options.date, await drawnCharts(document, options.chartScene)),
};

/** A document to render, composed when first asked for; undefined when it could not be (it is left out). */
export type LazyDocument = () => Promise<ReportDocument | undefined>;

/** A PDF drawn elsewhere, with the scene of each of its document's charts in the order chartsIn lists them. */
export interface DrawnPdf {
  readonly pdf: Uint8Array;
  readonly charts: readonly ChartScene[];
}

/**
 * Renders many documents' PDFs elsewhere (worker threads), asking for each document as a
 * worker is free for it; results in the documents' order, undefined for a document left out.
 */
export type PdfBatch = (documents: readonly LazyDocument[], onDone: (index: number) => void) => Promise<readonly (DrawnPdf | undefined)[]>;

/** Every requested format laid out from the document (not json, csv or xlsx, which need the figures alone). */
export async function renderAll(document: ReportDocument, formats: readonly OutputFormat[], options: RenderOptions): Promise<Map<OutputFormat, Uint8Array>> {
  const out = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) {
    if (isDocumentFormat(format)) out.set(format, await renderers[format](document, options));
  }
  return out;
}

/**
 * Marks that stand for a chart in a page laid out before the chart is drawn, and the page
 * with them replaced. A mark holds a number drawn for the build, so no text can make one.
 */
function chartSlots(): { mark(index: number): string; fill(page: Uint8Array, svgs: readonly string[]): Uint8Array } {
  const nonce = randomUUID();
  const pattern = new RegExp(`<!--chart-${nonce}-(\\d+)-->`, 'g');
  return {
    mark: (index) => `<!--chart-${nonce}-${index}-->`,
    fill(page, svgs) {
      const text = new TextDecoder().decode(page);
      if (!text.includes(nonce)) return page;
      return encoder.encode(text.replace(pattern, (_, k: string) => svgs[Number(k)]));
    },
  };
}

/**
 * Every document in every requested format, one map per document (undefined for one left
 * out), each in the order of `formats`. With `pdfs`, the PDFs are drawn there while this
 * thread lays out the other formats; a document's charts come back laid out with its PDF,
 * so each is laid out once, and are put in its page after.
 */
export async function renderEach(documents: readonly LazyDocument[], formats: readonly OutputFormat[], options: RenderOptions, onRendered: () => void, pdfs?: PdfBatch): Promise<(Map<OutputFormat, Uint8Array> | undefined)[]> {
  const out: (Map<OutputFormat, Uint8Array> | undefined)[] = [];
  if (!pdfs || !formats.includes('pdf')) {
    for (const lazy of documents) {
      const document = await lazy();
      out.push(document && (await renderAll(document, formats, options)));
      onRendered();
    }
    return out;
  }
  const drawing = pdfs(documents, onRendered);
  drawing.catch(() => {}); // awaited below, once this thread's share is done
  const others = formats.filter((f) => f !== 'pdf');
  const early: (Map<OutputFormat, Uint8Array> | undefined)[] = [];
  // A document's charts come back with its PDF: meanwhile its page is laid out with a mark where each chart goes.
  const slots = chartSlots();
  for (const lazy of documents) {
    const document = others.length > 0 ? await lazy() : undefined;
    const charts = document ? chartsIn(document) : [];
    // The fonts embedded in the page (--embed-fonts) are cut to its text, charts' labels included: that page waits.
    const ready = charts.length === 0 ? options : options.embedFonts ? undefined : { ...options, chartMark: (chart: Chart) => slots.mark(charts.indexOf(chart)) };
    early.push(document && ready && (await renderAll(document, others, ready)));
    // A turn of the event loop between reports, so that the workers' answers are heard and their next jobs sent.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const drawn = await drawing;
  for (const [i, lazy] of documents.entries()) {
    const pdf = drawn[i];
    const document = await lazy();
    if (!document || !pdf) {
      out.push(undefined);
      continue;
    }
    const charts = chartsIn(document);
    const scenes = new Map(charts.map((chart, k) => [chart, pdf.charts[k]]));
    const laidOut = early[i];
    if (laidOut && charts.length > 0) {
      const svgs = pdf.charts.map(chartSvg);
      for (const [format, bytes] of laidOut) laidOut.set(format, slots.fill(bytes, svgs));
    }
    const rendered = laidOut ?? (await renderAll(document, others, { ...options, chartScene: async (chart) => scenes.get(chart)! }));
    out.push(new Map(formats.flatMap((f): [OutputFormat, Uint8Array][] => (f === 'pdf' ? [['pdf', pdf.pdf]] : rendered.has(f) ? [[f, rendered.get(f)!]] : []))));
  }
  return out;
}
