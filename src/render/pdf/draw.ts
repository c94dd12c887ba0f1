// One drawer per kind of PDF block, each also able to say how much room the block (or
// its first lines) needs, so the page can be broken before it rather than after.
import type PDFDocument from 'pdfkit';
import type { PdfBlock, Run } from './blocks.js';
import { chartBlockHeight, drawChartBlock } from './chart.js';
import { balancedLines } from './lines.js';
import { type } from './page.js';
import { drawTable, measureTables, type TableFonts, type TableLayout } from './table.js';
import type { Tagging } from './tagging.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface DrawContext {
  readonly doc: Doc;
  readonly tagging: Tagging;
  readonly fonts: TableFonts;
  /** Each table measured once per document: its layout decides the page break and the drawing. */
  readonly tableLayouts: Map<PdfBlock, readonly TableLayout[]>;
}

type Drawer<K extends PdfBlock['kind']> = {
  /** The room the block needs on the page where it starts: all of it, or its first lines if it may break. */
  lead(context: DrawContext, block: Extract<PdfBlock, { kind: K }>): number;
  /** The whole height, where it is known before drawing (Infinity for a block that breaks across pages anyway). */
  height(context: DrawContext, block: Extract<PdfBlock, { kind: K }>): number;
  draw(context: DrawContext, block: Extract<PdfBlock, { kind: K }>): void;
};

const textWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bodyLine = (doc: Doc): number => {
  doc.fontSize(type.body);
  return doc.currentLineHeight(true) + type.bodyLineGap;
};

/** `text` in balanced lines `width` wide, set in `font` at `size`, which it leaves the document set in; the lines are remembered for the build (the headings recur in every report, and each is measured for the page break, then drawn). */
function linesOf({ doc, fonts }: DrawContext, font: string, size: number, text: string, width: number): readonly string[] {
  doc.font(font).fontSize(size);
  const key = `${font}|${size}|${width}|${text}`;
  let lines = fonts.lines?.get(key);
  if (!lines) {
    lines = balancedLines(text, (t) => doc.widthOfString(t), width);
    fonts.lines?.set(key, lines);
  }
  return lines;
}

const titleLines = (context: DrawContext, text: string): readonly string[] => linesOf(context, context.fonts.heading, type.title, text, textWidth(context.doc));

const headingLines = (context: DrawContext, text: string): readonly string[] => linesOf(context, context.fonts.heading, type.body, text, textWidth(context.doc) - 2 * type.body);

const paragraphText = (block: { runs: readonly Run[]; prefix?: string }): string => (block.prefix ?? '') + block.runs.map((r) => r.text).join('');

function paragraphHeight({ doc, fonts }: DrawContext, block: Extract<PdfBlock, { kind: 'paragraph' }>): number {
  doc.font(fonts.body).fontSize(type.body);
  return doc.heightOfString(paragraphText(block), { width: textWidth(doc), indent: 2 * type.body, lineGap: type.bodyLineGap });
}

/** A table's layouts: one, or one per band of columns when it is too wide for the page. */
function tableLayout({ doc, fonts, tableLayouts }: DrawContext, block: Extract<PdfBlock, { kind: 'table' }>): readonly TableLayout[] {
  let layouts = tableLayouts.get(block);
  if (!layouts) tableLayouts.set(block, (layouts = measureTables(doc, block.grid, block.text, fonts, type.table)));
  return layouts;
}

function imageSize({ doc }: DrawContext, block: Extract<PdfBlock, { kind: 'image' }>): { width: number; height: number } {
  // pdfkit reads the image's size without drawing it (openImage is missing from its types).
  const image = (doc as unknown as { openImage(src: Buffer): { width: number; height: number } }).openImage(Buffer.from(block.image.bytes));
  const maxHeight = (doc.page.height - doc.page.margins.top - doc.page.margins.bottom) / 2;
  const scale = Math.min(1, textWidth(doc) / image.width, maxHeight / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

const signatureGap = 2;

export const drawers: { [K in PdfBlock['kind']]: Drawer<K> } = {
  title: {
    lead: (context, block) => drawers.title.height(context, block),
    height: (context, block) => titleLines(context, block.text).length * (context.doc.currentLineHeight(true) + 8),
    draw(context, block) {
      const { doc, tagging, fonts } = context;
      const lines = titleLines(context, block.text);
      doc.outline.addItem(block.text);
      tagging.leaf(tagging.root, 'H1', () => {
        doc.font(fonts.heading).fontSize(type.title).text(lines.join('\n'), doc.page.margins.left, doc.y, { align: 'center', lineGap: 8, width: textWidth(doc) });
      });
      doc.moveDown(1);
    },
  },
  heading: {
    lead: (context, block) => drawers.heading.height(context, block),
    height: (context, block) => headingLines(context, block.text).length * bodyLine(context.doc) + (block.level === 1 ? bodyLine(context.doc) / 2 : 0),
    draw(context, block) {
      const { doc, tagging, fonts } = context;
      if (block.level === 1) {
        doc.font(fonts.body).fontSize(type.body).moveDown(0.5);
        doc.outline.addItem(block.text);
      }
      const lines = headingLines(context, block.text);
      tagging.leaf(tagging.root, block.level === 1 ? 'H2' : 'H3', () => {
        doc.font(fonts.heading).fontSize(type.body).text(lines.join('\n'), doc.page.margins.left, doc.y, { indent: 2 * type.body, lineGap: type.bodyLineGap, width: textWidth(doc) });
      });
    },
  },
  paragraph: {
    lead: (context, block) => Math.min(paragraphHeight(context, block), 2 * bodyLine(context.doc)),
    height: paragraphHeight,
    draw({ doc, tagging, fonts }, block) {
      const runs: Run[] = block.prefix ? [{ text: block.prefix }, ...block.runs] : [...block.runs];
      // pdfkit underlines a justified stretch to the full line: a paragraph with a link is set flush left.
      const align = runs.some((r) => r.link) ? 'left' : 'justify';
      tagging.leaf(tagging.root, 'P', () => {
        doc.x = doc.page.margins.left;
        runs.forEach((run, i) => {
          doc.font(run.bold ? fonts.heading : fonts.body).fontSize(type.body);
          doc.text(run.text, {
            ...(i === 0 ? { indent: 2 * type.body, width: textWidth(doc) } : {}),
            continued: i < runs.length - 1,
            lineGap: type.bodyLineGap,
            align,
            link: run.link ?? null,
            underline: run.link !== undefined,
          } as PDFKit.Mixins.TextOptions);
        });
      });
    },
  },
  table: {
    lead: (context, block) => tableLayout(context, block)[0].leadHeight + type.body * 0.3,
    height: () => Infinity,
    draw(context, block) {
      const { doc, tagging, fonts } = context;
      doc.moveDown(0.3);
      for (const layout of tableLayout(context, block)) {
        drawTable(doc, layout, fonts, tagging, tagging.root);
        doc.font(fonts.body).fontSize(type.body).moveDown(0.3);
      }
    },
  },
  note: {
    lead: (context, block) => drawers.note.height(context, block),
    height: ({ doc, fonts }, block) => doc.font(fonts.body).fontSize(type.tableNote).heightOfString(block.text, { width: textWidth(doc), lineGap: 2 }),
    draw({ doc, tagging, fonts }, block) {
      tagging.leaf(tagging.root, 'P', () => {
        doc.font(fonts.body).fontSize(type.tableNote).text(block.text, doc.page.margins.left, doc.y, { lineGap: 2, width: textWidth(doc) });
      });
    },
  },
  image: {
    lead: (context, block) => imageSize(context, block).height + type.body,
    height: (context, block) => imageSize(context, block).height + type.body,
    draw(context, block) {
      const { doc, tagging } = context;
      const { width, height } = imageSize(context, block);
      const x = doc.page.margins.left + (textWidth(doc) - width) / 2;
      const y = doc.y + type.body / 2;
      tagging.leaf(tagging.root, 'Figure', () => doc.image(Buffer.from(block.image.bytes), x, y, { width, height }), { O: 'Layout', BBox: [x, doc.page.height - y - height, x + width, doc.page.height - y] }, { alt: block.alt || '图片' });
      doc.x = doc.page.margins.left;
      doc.y = y + height + type.body / 2;
    },
  },
  chart: {
    lead: (context, block) => drawers.chart.height(context, block),
    height: ({ doc, fonts }, block) => chartBlockHeight(doc, block.figure, block.scene, fonts.body),
    draw({ doc, tagging, fonts }, block) {
      drawChartBlock(doc, block.figure, block.scene, fonts.body, tagging.root);
    },
  },
  signature: {
    lead: (context, block) => drawers.signature.height(context, block),
    height: ({ doc }) => (2 + signatureGap) * bodyLine(doc),
    draw({ doc, tagging, fonts }, block) {
      doc.font(fonts.body).fontSize(type.body).moveDown(signatureGap);
      tagging.leaf(tagging.root, 'P', () => {
        doc.text(`${block.by}\n${block.date}`, doc.page.margins.left, doc.y, { align: 'right', lineGap: type.bodyLineGap, width: textWidth(doc) });
      });
    },
  },
};

/** The drawer of a block, whatever its kind. */
export interface BlockDrawer {
  lead(context: DrawContext, block: PdfBlock): number;
  height(context: DrawContext, block: PdfBlock): number;
  draw(context: DrawContext, block: PdfBlock): void;
}

export const drawerFor = (block: PdfBlock): BlockDrawer => drawers[block.kind] as unknown as BlockDrawer;
