// The cell lists walked from the descriptions match the printed formats' shapes.
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../../src/formats/cells.js';
import { formats } from '../../src/formats/index.js';

describe('cells of the national formats', () => {
  it('gb2021 part 三 has 25 rows (一, 二, 21 result rows, （七）总计, 四) × 7 columns', () => {
    const model = cellsOf(formats.gb2021);
    expect(model.requestRows).toHaveLength(25);
    expect(model.requestColumns.map((c) => c.path.join('.'))).toEqual(['individual', 'business', 'research', 'nonprofit', 'legal_services', 'other', 'total']);
  });

  it('gb2019 has one （六）其他处理 row, gb2021 three', () => {
    const other = (id: 'gb2019' | 'gb2021') => cellsOf(formats[id]).requestRows.filter((r) => r.path[1] === 'other').length;
    expect(other('gb2019')).toBe(1);
    expect(other('gb2021')).toBe(3);
  });

  it('each appeals group totals its four result columns', () => {
    const totals = cellsOf(formats.gb2021).appealTotals;
    expect(totals.map((t) => [t.total.path.join('.'), t.addends.length])).toEqual([
      ['appeals.reconsideration.total', 4],
      ['appeals.litigation_direct.total', 4],
      ['appeals.litigation_after_reconsideration.total', 4],
    ]);
  });

  it('（七）总计 sums all 21 gb2021 result rows', () => {
    const relation = cellsOf(formats.gb2021).requestResultTotals.find((r) => r.total.path.join('.') === 'requests.results.total.individual');
    expect(relation?.addends).toHaveLength(2 + 8 + 3 + 5 + 3);
  });
});
