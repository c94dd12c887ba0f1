// Bands of a table too wide for the page: split where a header group ends, headers
// above each band repeated with their span clipped, row labels in every band.
import { describe, expect, it } from 'vitest';
import { formats } from '../../../src/formats/index.js';
import { appealsGrid, requestsGrid } from '../../../src/render/layout.js';
import { bandsOf, clipGrid } from '../../../src/render/pdf/bands.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('table bands', () => {
  const appeals = appealsGrid(formats.gb2021);

  it('splits part 四 between 行政复议 and 行政诉讼, then between the two kinds of 诉讼', () => {
    expect(bandsOf(appeals, [], (n) => n <= 15)).toBeUndefined();
    expect(bandsOf(appeals, [], (n) => n <= 10)).toEqual([range(0, 5), range(5, 15)]);
    expect(bandsOf(appeals, [], (n) => n <= 5)).toEqual([range(0, 5), range(5, 10), range(10, 15)]);
    expect(bandsOf(appeals, [], () => false)).toBeUndefined();
  });

  it('repeats the header over a band with its span clipped', () => {
    const band = clipGrid(appeals, range(10, 15));
    expect(band.width).toBe(5);
    expect(band.rows[0].cells.map((c) => [c.text, c.colspan])).toEqual([['行政诉讼', 5]]);
    expect(band.rows[1].cells.map((c) => [c.text, c.colspan])).toEqual([['复议后起诉', 5]]);
    expect(band.rows.at(-1)!.cells.map((c) => c.path?.join('.'))).toEqual(range(0, 5).map((i) => `appeals.litigation_after_reconsideration.${['upheld', 'corrected', 'other', 'pending', 'total'][i]}`));
  });

  it('keeps the row labels in every band of part 三', () => {
    const requests = requestsGrid(formats.gb2021);
    const bands = bandsOf(requests, [0, 1, 2], (n) => n <= 4)!;
    expect(bands.map((b) => b.slice(0, 3))).toEqual(bands.map(() => [0, 1, 2]));
    expect(bands.flatMap((b) => b.slice(3))).toEqual(range(3, requests.width));
  });
});
