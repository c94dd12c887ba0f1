// The document's streams written as one string a stream and deflated at a chosen level
// (streams.ts) against pdfkit's own writing: at zlib's default level the same file byte
// for byte; at the fastest level the same objects once the streams are inflated.
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/cli/build.js';
import { openFonts } from '../../../src/render/pdf/fonts.js';
import { writeStreams } from '../../../src/render/pdf/streams.js';

type Doc = InstanceType<typeof PDFDocument>;

const fonts = openFonts(bundled.fonts().body, bundled.fonts().heading);
const date = new Date(Date.UTC(2024, 0, 31));

/** A three-page document with text in both fonts, rules, a tagged paragraph and an image-free page; `level` undefined: pdfkit's own streams. */
function pdfOf(level: number | undefined): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', compress: true, tagged: true, pdfVersion: '1.7', font: null as unknown as string, info: { CreationDate: date, ModDate: date } });
  if (level !== undefined) writeStreams(doc, level);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('body', fonts.body as never);
  doc.registerFont('heading', fonts.heading as never);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (let page = 0; page < 3; page++) {
    if (page > 0) doc.addPage();
    doc.font('heading').fontSize(16).text(`第${page + 1}页　政府信息公开工作年度报告`, 72, 72, { width: 400 });
    const paragraph = doc.struct('P', {}, [() => doc.font('body').fontSize(10.5).text('本年新收政府信息公开申请3517件，上年结转21件。'.repeat(6), { width: 420, align: 'justify' })]);
    root.add(paragraph);
    doc.lineWidth(0.6).rect(72, 400, 200, 40).stroke();
  }
  root.end();
  doc.end();
  return done;
}

/** Each object's dictionary (its Length aside) and, for a stream, its inflated bytes. */
function objectsOf(file: Buffer): [string, string][] {
  const text = file.toString('latin1');
  return [...text.matchAll(/(\d+) 0 obj\n([\s\S]*?)endobj/g)].map(([, id, body]) => {
    const start = body.indexOf('stream\n');
    if (start < 0) return [id, body];
    const head = body.slice(0, start).replace(/\/Length \d+/, '/Length _');
    const raw = Buffer.from(body.slice(start + 7, body.lastIndexOf('\nendstream')), 'latin1');
    return [id, head + (head.includes('FlateDecode') ? inflateSync(raw) : raw).toString('latin1')];
  });
}

describe('the document streams', () => {
  it('are pdfkit’s own, byte for byte, at zlib’s default level', async () => {
    const [own, written] = [await pdfOf(undefined), await pdfOf(6)];
    expect(written.equals(own)).toBe(true);
  });

  it('hold the same objects at the fastest level, the file a little larger', async () => {
    const [own, fast] = [await pdfOf(undefined), await pdfOf(1)];
    expect(fast.equals(own)).toBe(false);
    const objects = objectsOf(own);
    expect(objects.filter(([, body]) => body.includes('FlateDecode')).length).toBeGreaterThanOrEqual(5);
    expect(objectsOf(fast)).toEqual(objects);
    expect(fast.length).toBeLessThan(own.length * 1.1);
  });
});
