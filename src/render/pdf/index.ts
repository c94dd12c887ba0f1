// report.pdf with pdfkit: A4 after GB/T 9704, the CJK font embedded as a subset, the
// three tables ruled with merged cells, page numbers, title/author metadata, and a tagged
// structure (zh-CN, headings, paragraphs, tables with header cells) with bookmarks for the
// title and the six parts. The document becomes a list of blocks (blocks.ts); each is
// drawn by its drawer (draw.ts) once the page has room for it (or for its first lines).
import PDFDocument from 'pdfkit';
import type { Chart } from '../charts/declare.js';
import type { ChartScene } from '../charts/scene.js';
import type { ReportDocument } from '../document.js';
import { documentBlocks, type PdfBlock } from './blocks.js';
import { drawerFor, type DrawContext } from './draw.js';
import { shareLayouts, type PdfFonts } from './fonts.js';
import { page, type } from './page.js';
import { writeStreams } from './streams.js';
import { tagDocument, type Tagging } from './tagging.js';

type Doc = InstanceType<typeof PDFDocument>;

function numberPages(doc: Doc, font: string, tagging: Tagging): void {
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
    tagging.artifact(() => doc.text(text, x, doc.page.height - bottom + page.numberGap, { lineBreak: false }), 'Pagination');
    doc.page.margins.bottom = bottom;
  }
}

/** The room a block needs where it starts: a heading brings its first lines along, the last paragraph the signature. */
function keepHeight(context: DrawContext, blocks: readonly PdfBlock[], index: number): number {
  const block = blocks[index];
  const next = blocks[index + 1];
  const lead = (b: PdfBlock): number => drawerFor(b).lead(context, b);
  const height = (b: PdfBlock): number => drawerFor(b).height(context, b);
  if (block.kind === 'heading' && next) {
    const nextNeeds = next.kind === 'paragraph' && blocks[index + 2]?.kind === 'signature' ? keepHeight(context, blocks, index + 1) : lead(next);
    return height(block) + nextNeeds;
  }
  // The signature and date never stand alone on the last page: the last paragraph comes along.
  if (block.kind === 'paragraph' && next?.kind === 'signature') return height(block) + height(next);
  return lead(block);
}

/** The part of a pdfkit document collectOutput takes over (not in pdfkit's types). */
interface DocumentOutput {
  _write(data: string | Uint8Array): void;
  _offset: number;
}

/**
 * The document's bytes, as pdfkit writes them: what it wrote while it was constructed (the
 * header, waiting in its stream), then every later line and stream. pdfkit writes each
 * line of the file through its Readable stream (PDFDocument._write: a binary string and a
 * newline, made bytes one by one), which costs more than the writing; here the lines are
 * joined and made bytes together, between the streams' data, and the Readable carries only
 * its end. `flush` makes bytes of the lines still joined.
 */
function collectOutput(doc: Doc): { chunks: Buffer[]; flush(): void } {
  const chunks: Buffer[] = [];
  const head = doc.read() as Buffer | null;
  if (head) chunks.push(head);
  let lines = '';
  // latin1 keeps each character's low byte, as pdfkit's fromBinaryString does: one byte a character.
  const flush = (): void => {
    if (lines !== '') chunks.push(Buffer.from(lines, 'latin1'));
    lines = '';
  };
  const output = doc as unknown as DocumentOutput;
  output._write = (data) => {
    if (data instanceof Uint8Array) {
      flush();
      chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      output._offset += data.byteLength;
    } else {
      const line = `${data}\n`;
      lines += line;
      output._offset += line.length;
    }
  };
  return { chunks, flush };
}

/**
 * zlib's fastest level for the streams: an agency's report (two font subsets, four pages)
 * deflates in about 2.1 ms rather than 3.0 ms at zlib's default, 6, and its file grows by
 * about 3% (79 KB of streams rather than 76 KB).
 */
const deflateLevel = 1;

/** `charts`: the scene of each chart the document shows (charts/layout.ts). */
export function renderPdf(document: ReportDocument, fonts: PdfFonts, date: Date, charts: ReadonlyMap<Chart, ChartScene> = new Map()): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'zh-CN',
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica's metrics for every document, and nothing is set in it.
    font: null as unknown as string,
    info: { Title: document.title, Author: document.author, Creator: 'report', Producer: 'report (pdfkit)', CreationDate: date, ModDate: date },
  });
  // Open the bookmarks beside the pages.
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageMode = 'UseOutlines';
  writeStreams(doc, deflateLevel);
  const output = collectOutput(doc);
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => {
      output.flush();
      resolve(Buffer.concat(output.chunks));
    });
    doc.on('error', reject);
  });
  doc.resume();

  doc.registerFont('body', fonts.body as never);
  doc.registerFont('heading', fonts.heading as never);
  shareLayouts(doc, fonts);
  const tagging = tagDocument(doc);
  const context: DrawContext = { doc, tagging, fonts: { body: 'body', heading: 'heading', wrapped: fonts.wrapped, lines: fonts.lines }, tableLayouts: new Map() };
  const blocks = documentBlocks(document, charts);
  const pageRoom = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  blocks.forEach((block, index) => {
    const room = doc.page.height - doc.page.margins.bottom - doc.y;
    let need = keepHeight(context, blocks, index);
    // What cannot fit a page anyway starts where it is, unless even its first lines do not fit.
    if (need > pageRoom) need = drawerFor(block).lead(context, block);
    if (need > room && doc.y > doc.page.margins.top) doc.addPage();
    doc.x = doc.page.margins.left;
    drawerFor(block).draw(context, block);
  });
  numberPages(doc, 'body', tagging);
  tagging.root.end();
  doc.end();
  return done;
}
