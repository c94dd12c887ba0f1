// Cell text wrapped once and drawn line by line (wrap.ts) against pdfkit's own text(): the
// same file, byte for byte, for labels that wrap, figures, texts with line breaks, text
// cut by a cell's height, and every label of both formats' tables; the kept lines are
// those of the first wrapping.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/cli/build.js';
import { formats } from '../../../src/formats/index.js';
import { feesGrid, gridsOf, type Grid } from '../../../src/render/layout.js';
import { openFonts } from '../../../src/render/pdf/fonts.js';
import { drawWrapped, wrapText, type LineAlign, type WrapCache } from '../../../src/render/pdf/wrap.js';

type Doc = InstanceType<typeof PDFDocument>;

const fonts = openFonts(bundled.fonts().body, bundled.fonts().heading);
const date = new Date(Date.UTC(2024, 0, 31));

/** The bytes of a one-page document `draw` fills, uncompressed so that a difference is readable. */
function pdfOf(draw: (doc: Doc) => void): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', compress: false, font: null as unknown as string, info: { CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  doc.registerFont('body', fonts.body as never);
  doc.registerFont('heading', fonts.heading as never);
  draw(doc);
  doc.end();
  return done;
}

interface Case {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly align: LineAlign;
  readonly font?: string;
  readonly size?: number;
}

const cases: [string, Case][] = [
  ['a figure, right-aligned', { text: '1234567', width: 60, height: 30, align: 'right' }],
  ['a label over three lines, centred', { text: '（三）不予公开，因为属于国家秘密的信息', width: 70, height: 80, align: 'center', font: 'heading' }],
  ['a label in a narrow column, left', { text: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', width: 150, height: 60, align: 'left' }],
  ['a word wider than its column', { text: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', width: 40, height: 200, align: 'left' }],
  ['a text with its own line breaks', { text: '本年新收\n上年结转\n\n合计', width: 80, height: 100, align: 'center' }],
  ['a label cut by its cell (continued over a page break)', { text: '三、本年度办理结果：予以公开、部分公开、不予公开', width: 30, height: 40, align: 'center' }],
  ['a figure in a smaller size', { text: '987654321', width: 45, height: 30, align: 'right', size: 6.5 }],
];

describe('cell text drawn from its kept lines', () => {
  it.each(cases)('draws %s as text() does, byte for byte', async (_, c) => {
    const font = c.font ?? 'body';
    const size = c.size ?? 10.5;
    const place = { x: 100.25, y: 200.4 };
    const expected = await pdfOf((doc) => {
      doc.font(font).fontSize(size);
      doc.text(c.text, place.x, place.y, { width: c.width, height: c.height, align: c.align, lineBreak: true });
    });
    const cache: WrapCache = new Map();
    const actual = await pdfOf((doc) => {
      // Measured somewhere else on the page, drawn here, as a table does.
      const wrapped = wrapText(doc, cache, font, size, c.width, c.text);
      drawWrapped(doc, c.text, wrapped, place.x, place.y, { width: c.width, height: c.height, align: c.align });
    });
    expect(actual).toBe(expected);
  });

  it('measures the height heightOfString measures, and keeps it for the next document', async () => {
    const cache: WrapCache = new Map();
    const text = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    let height = 0;
    let first: unknown;
    await pdfOf((doc) => {
      doc.font('body').fontSize(10.5);
      height = doc.heightOfString(text, { width: 120 });
      first = wrapText(doc, cache, 'body', 10.5, 120, text);
    });
    expect(height).toBeGreaterThan(3 * 10.5);
    await pdfOf((doc) => {
      const again = wrapText(doc, cache, 'body', 10.5, 120, text);
      expect(again).toBe(first);
      expect(again.height).toBeCloseTo(height, 9);
      expect(again.lines.map((l) => l.text).join('')).toBe(text);
    });
  });

  it('draws every label of both formats, and figures, as text() does: in both fonts, three widths, three alignments', async () => {
    const grids: Grid[] = Object.values(formats).flatMap((format) => [...Object.values(gridsOf(format)), feesGrid(format)].filter((g): g is Grid => g !== undefined));
    const labels = [...new Set(grids.flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => c.text)).concat(g.notes)))].filter((t) => t.trim() !== '');
    const figures = ['0', '7', '42', '3517', '-12', '814.7549', '123456789', '1,234.50'];
    const texts = [...labels, ...figures];
    expect(texts.length).toBeGreaterThan(80);
    const settings = (['body', 'heading'] as const).flatMap((font) => [24.5, 61.25, 140].flatMap((width) => (['left', 'center', 'right'] as const).map((align) => ({ font, width, align }))));
    const draw = (doc: Doc, set: (text: string, x: number, y: number, setting: (typeof settings)[number]) => void): void => {
      settings.forEach((setting, i) => {
        if (i > 0) doc.addPage();
        doc.font(setting.font).fontSize(10.5);
        texts.forEach((text, j) => set(text, 40 + (j % 4) * 140, 40 + Math.floor(j / 4) * 20.3, setting));
      });
    };
    const expected = await pdfOf((doc) => draw(doc, (text, x, y, { font, width, align }) => doc.font(font).text(text, x, y, { width, height: 400, align, lineBreak: true })));
    const cache: WrapCache = new Map();
    const actual = await pdfOf((doc) =>
      draw(doc, (text, x, y, { font, width, align }) => drawWrapped(doc, text, wrapText(doc, cache, font, 10.5, width, text), x, y, { width, height: 400, align })),
    );
    expect(actual.length).toBeGreaterThan(100_000);
    expect(actual).toBe(expected);
  });
});
