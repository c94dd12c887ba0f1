// A chart in report.pdf: its SVG drawn into the page by svg-to-pdfkit at the text block's
// width, every label in the embedded body font, tagged as a Figure whose alt text
// states the chart's figures, and its caption beneath.
import type PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartStyle } from '../charts/spec.js';
import type { ChartFigure } from '../document.js';

type Doc = InstanceType<typeof PDFDocument>;

/** The size a structure element needs: pdfkit's PDFStructureElement, which @types/pdfkit does not describe. */
interface StructureElement {
  add(child: unknown): StructureElement;
  end(): void;
}

interface TaggingDoc {
  struct(type: string, options: { alt?: string }): StructureElement;
  addStructure(element: StructureElement): void;
  markStructureContent(tag: string): unknown;
  endMarkedContent(): void;
}

const captionSize = 12;
const gap = 10;

/** The width and height vega wrote on the root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const number = (name: string): number => Number(new RegExp(`\\b${name}="([0-9.]+)"`).exec(root)?.[1] ?? NaN);
  return { width: number('width'), height: number('height') };
}

/** The room the chart and its caption take below the cursor. */
export function chartBlockHeight(doc: Doc, figure: ChartFigure, svg: string, font: string): number {
  const size = svgSize(svg);
  const width = Math.min(chartStyle.width, doc.page.width - doc.page.margins.left - doc.page.margins.right);
  doc.font(font).fontSize(captionSize);
  return gap + (size.height * width) / size.width + gap + doc.heightOfString(figure.caption, { width }) + doc.currentLineHeight(true);
}

/**
 * Draws the chart at the cursor (on a new page when it does not fit), its caption
 * below. `parent` is the structure element the Figure belongs to (the document root when
 * not given).
 */
export function drawChartBlock(doc: Doc, figure: ChartFigure, svg: string, font: string, parent?: StructureElement): void {
  const size = svgSize(svg);
  const width = Math.min(chartStyle.width, doc.page.width - doc.page.margins.left - doc.page.margins.right);
  const height = (size.height * width) / size.width;
  doc.font(font).fontSize(captionSize);
  const captionHeight = doc.heightOfString(figure.caption, { width });
  if (doc.y + gap + height + gap + captionHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const x = doc.page.margins.left;
  const y = doc.y + gap;

  const tagging = doc as unknown as TaggingDoc;
  const element = tagging.struct('Figure', { alt: figure.chart.alt });
  if (parent) parent.add(element);
  else tagging.addStructure(element);
  element.add(tagging.markStructureContent('Figure'));
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    assumePt: true,
    fontCallback: () => font,
    warningCallback: (message) => {
      throw new Error(`svg-to-pdfkit: ${message}`);
    },
  });
  tagging.endMarkedContent();
  element.end();

  doc.font(font).fontSize(captionSize).text(figure.caption, x, y + height + gap, { width, align: 'center' });
  doc.moveDown(1);
}
