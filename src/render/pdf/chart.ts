// A chart in report.pdf: its scene painted straight into the page at the text block's
// width, every label in the embedded body font (so pdftotext reads it), tagged as a Figure
// whose alt text states the chart's figures, and its caption beneath.
import type PDFDocument from 'pdfkit';
import { chartStyle } from '../charts/layout.js';
import type { ChartScene } from '../charts/scene.js';
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

/** The scene's width and height on the page: the text block's width at most. */
function drawnSize(doc: Doc, scene: ChartScene): { width: number; height: number; scale: number } {
  const width = Math.min(chartStyle.width, doc.page.width - doc.page.margins.left - doc.page.margins.right);
  const scale = width / scene.width;
  return { width, height: scene.height * scale, scale };
}

/** The room the chart and its caption take below the cursor. */
export function chartBlockHeight(doc: Doc, figure: ChartFigure, scene: ChartScene, font: string): number {
  const { width, height } = drawnSize(doc, scene);
  doc.font(font).fontSize(captionSize);
  return gap + height + gap + doc.heightOfString(figure.caption, { width }) + doc.currentLineHeight(true);
}

/** Paints the scene with its top-left corner at (x, y), `scale` points a scene point, texts in `font`. */
function paintScene(doc: Doc, scene: ChartScene, x: number, y: number, scale: number, font: string): void {
  doc.save();
  for (const shape of scene.shapes) {
    if (shape.kind === 'rect') {
      doc.rect(x + shape.x * scale, y + shape.y * scale, shape.width * scale, shape.height * scale).fill(shape.fill);
      continue;
    }
    // The scene measured the text in this same font: an end-anchored text starts its width before x.
    const start = shape.anchor === 'end' ? shape.x - shape.width : shape.x;
    doc.font(font).fontSize(shape.size * scale).fillColor(shape.fill);
    doc.text(shape.text, x + start * scale, y + shape.y * scale, { lineBreak: false, baseline: 'alphabetic' });
  }
  doc.restore();
}

/**
 * Draws the chart at the cursor (on a new page when it does not fit), its caption
 * below. `parent` is the structure element the Figure belongs to (the document root when
 * not given).
 */
export function drawChartBlock(doc: Doc, figure: ChartFigure, scene: ChartScene, font: string, parent?: StructureElement): void {
  const { width, height, scale } = drawnSize(doc, scene);
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
  paintScene(doc, scene, x, y, scale, font);
  tagging.endMarkedContent();
  element.end();

  doc.font(font).fontSize(captionSize).text(figure.caption, x, y + height + gap, { width, align: 'center' });
  doc.moveDown(1);
}
