// report.pdf with pdfkit: A4 after GB/T 9704, the CJK font embedded as a subset, the
// three tables ruled with merged cells, page numbers, and title/author metadata.
import MarkdownIt from 'markdown-it';
import PDFDocument from 'pdfkit';
import type { Chart } from '../charts/declare.js';
import type { ReportDocument } from '../document.js';
import { drawChartBlock } from './chart.js';
import type { PdfFonts } from './fonts.js';
import { page, type } from './page.js';
import { drawTable, measureTable } from './table.js';

type Doc = InstanceType<typeof PDFDocument>;

const markdown = new MarkdownIt({ html: false });

/** Narrative Markdown as the PDF prints it: paragraphs, list items and sub-headings as plain text. */
function blocks(text: string): { kind: 'paragraph' | 'heading'; text: string }[] {
  const out: { kind: 'paragraph' | 'heading'; text: string }[] = [];
  const tokens = markdown.parse(text, {});
  let heading = false;
  let bullet: string | undefined;
  let ordinal = 0;
  for (const token of tokens) {
    if (token.type === 'heading_open') heading = true;
    if (token.type === 'heading_close') heading = false;
    if (token.type === 'bullet_list_open') bullet = '• ';
    if (token.type === 'ordered_list_open') (bullet = undefined), (ordinal = 0);
    if (token.type === 'list_item_open') ordinal++;
    if (token.type === 'bullet_list_close') bullet = undefined;
    if (token.type !== 'inline') continue;
    const plain = (token.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '' : c.content)).join('');
    const inList = tokens.some((t) => t.type === 'list_item_open' && t.map && token.map && t.map[0] <= token.map[0] && token.map[1] <= t.map[1]);
    const prefix = inList ? (bullet ?? `${ordinal}. `) : '';
    out.push({ kind: heading ? 'heading' : 'paragraph', text: prefix + plain });
  }
  return out;
}

function paragraph(doc: Doc, text: string, font: string): void {
  doc.font(font).fontSize(type.body).text(text, { indent: 2 * type.body, lineGap: type.bodyLineGap, align: 'justify' });
}

function numberPages(doc: Doc, font: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const n = i + 1;
    const text = `— ${n} —`;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(font).fontSize(type.pageNumber);
    const width = doc.widthOfString(text);
    const oneChar = doc.widthOfString('国');
    // GB/T 9704: odd pages on the right, even on the left, one character in from the edge of the text block.
    const x = n % 2 === 1 ? doc.page.width - page.margins.right - oneChar - width : page.margins.left + oneChar;
    doc.text(text, x, doc.page.height - bottom + page.numberGap, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** `charts`: the SVG of each chart the document shows (drawChart). */
export function renderPdf(document: ReportDocument, fonts: PdfFonts, date: Date, charts: ReadonlyMap<Chart, string> = new Map()): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    compress: true,
    info: { Title: document.title, Author: document.author, Creator: 'report', Producer: 'report (pdfkit)', CreationDate: date, ModDate: date },
    lang: 'zh-CN',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('body', fonts.body as never);
  doc.registerFont('heading', fonts.heading as never);
  doc.font('heading').fontSize(type.title).text(document.title, { align: 'center', lineGap: 8 });
  doc.moveDown(1);
  for (const block of blocks(document.preface)) paragraph(doc, block.text, 'body');

  const tableFonts = { body: 'body', heading: 'heading' };
  for (const section of document.sections) {
    doc.moveDown(0.5);
    const table = section.grid && measureTable(doc, section.grid, document.figure, tableFonts, type.table);
    // A heading never stands alone at the foot of a page: it keeps its first lines or its table's head.
    doc.font('heading').fontSize(type.body);
    const headingHeight = doc.heightOfString(section.heading) + type.bodyLineGap;
    const keep = headingHeight + (table && !section.text ? table.leadHeight + type.body : 2 * (type.body + type.bodyLineGap));
    if (doc.y + keep > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font('heading').fontSize(type.body).text(section.heading, { indent: 2 * type.body, lineGap: type.bodyLineGap });
    for (const block of blocks(section.text ?? '')) paragraph(doc, block.text, block.kind === 'heading' ? 'heading' : 'body');
    if (section.grid && table) {
      doc.moveDown(0.3);
      drawTable(doc, table, document.figure, tableFonts, type.table);
      for (const note of section.grid.notes) doc.font('body').fontSize(type.tableNote).text(note, { lineGap: 2 });
    }
    for (const figure of section.charts ?? []) drawChartBlock(doc, figure, charts.get(figure.chart)!, 'body');
  }
  doc.moveDown(2);
  doc.font('body').fontSize(type.body).text(document.signature.by, { align: 'right', lineGap: type.bodyLineGap });
  doc.text(document.signature.date, { align: 'right' });
  numberPages(doc, 'body');
  doc.end();
  return done;
}
