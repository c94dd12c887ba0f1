// The PDF's geometry read back with pdfjs: with nine-digit figures in every cell, no text
// leaves its cell (every text inside a ruled cell box lies wholly within one), none leaves
// the printable area or runs into other text, and every figure stays on one line.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formats } from '../../src/formats/index.js';
import { page as geometry } from '../../src/render/pdf/page.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { nineDigitSubmission } from '../helpers/wide-figures.js';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface PlacedText extends Box {
  readonly text: string;
  readonly page: number;
}

/** Text items and stroked rectangles of each page, in top-down coordinates (pdfkit's). */
async function geometryOf(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const texts: PlacedText[] = [];
  const cells: Box[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [size, , , , x, baseline] = item.transform as number[];
      // The glyph box: from about the ascent above the baseline to the descent below it.
      texts.push({ text: item.str, page: n, left: x, right: x + item.width, top: height - baseline - 0.88 * size, bottom: height - baseline + 0.12 * size });
    }
    const ops = await page.getOperatorList();
    const rects: Box[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.constructPath) return;
      const minMax = ops.argsArray[i].at(-1) as ArrayLike<number>;
      if (minMax && minMax.length === 4 && minMax[2] - minMax[0] > 1 && minMax[3] - minMax[1] > 1) rects.push({ left: minMax[0], top: minMax[1], right: minMax[2], bottom: minMax[3] });
    });
    cells.push(rects);
  }
  await doc.destroy();
  return { texts, cells, pages: cells.length };
}

const slack = 0.75;
const inside = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
const overlap = (a: Box, b: Box): boolean => Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

describe.each([
  ['gb2021', 2023],
  ['gb2019', 2020],
] as const)('report.pdf with nine-digit figures (%s)', (id, year) => {
  it('keeps every text inside its cell and the printable area, and every figure whole', async () => {
    const submission = nineDigitSubmission(formats[id], year);
    const result = await buildProject({ 'report.yaml': reportYaml(id, year), 'submissions/wide.yaml': submission }, projectOptions(['pdf']));
    expect(result.failed).toBe(false);
    const { texts, cells } = await geometryOf(result.outputs.get('report.pdf')!);
    expect(cells.flat().length).toBeGreaterThan(100);

    const a4 = { width: 595.28, height: 841.89 };
    const printable: Box = { left: geometry.margins.left, top: geometry.margins.top, right: a4.width - geometry.margins.right, bottom: a4.height - geometry.margins.bottom };
    const pageNumber = /^— \d+ —$/;
    for (const t of texts) {
      if (pageNumber.test(t.text)) expect(t.top, t.text).toBeGreaterThan(printable.bottom);
      else expect(inside(t, printable), `${t.text} on page ${t.page}: ${JSON.stringify(t)}`).toBe(true);
      const pageCells = cells[t.page - 1];
      if (pageCells.some((c) => overlap(t, c))) expect(pageCells.some((c) => inside(t, c)), `${t.text} on page ${t.page} leaves its cell`).toBe(true);
    }
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) if (a.page === b.page) expect(overlap(a, b), `${a.text} / ${b.text} on page ${a.page}`).toBe(false);
    });
    // Every figure is printed whole, on one line (smaller if need be; part 四's fifteen
    // columns of ten-digit totals are printed in two bands, 行政复议 above 行政诉讼).
    const printed = new Set(texts.map((t) => t.text.trim()));
    const numbers = (node: unknown): string[] => (typeof node === 'number' ? [String(node)] : node && typeof node === 'object' ? Object.values(node).flatMap(numbers) : []);
    const value = parse(submission);
    const figures = numbers([value.active_disclosure, value.requests, value.appeals]);
    expect(figures.length).toBeGreaterThan(100);
    for (const figure of figures) expect(printed, figure).toContain(figure);
    // And the widest, the computed totals: 本年新收 · 总计 (twelve digits in gb2019) and part 四's.
    const total = (row: Record<string, number>) => String(Object.values(row).reduce((a, b) => a + b, 0));
    const totals = [total(value.requests.received), ...Object.values(value.appeals as Record<string, Record<string, number>>).map(total)];
    expect(totals[0].length).toBeGreaterThanOrEqual(11);
    for (const figure of totals) expect(printed, figure).toContain(figure);
    // gb2021's processing fees are stated in part 六's prose.
    for (const figure of numbers(value.processing_fees)) expect(texts.map((t) => t.text).join(''), figure).toContain(figure);
  });
});
