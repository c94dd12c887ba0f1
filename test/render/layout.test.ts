// The grids carry the official merged cells, derived from the format description.
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/formats/index.js';
import { appealsGrid, expandGrid, requestsGrid } from '../../src/render/layout.js';

const spans = (grid: ReturnType<typeof requestsGrid>, text: string) => {
  const cell = grid.rows.flatMap((r) => r.cells).find((c) => c.text === text);
  return cell && [cell.rowspan, cell.colspan];
};

describe('official layout', () => {
  it.each(['gb2019', 'gb2021'] as const)('%s part 三 merges cells as printed', (id) => {
    const grid = requestsGrid(formats[id]);
    const resultRows = id === 'gb2019' ? 2 + 8 + 3 + 5 + 1 + 1 : 2 + 8 + 3 + 5 + 3 + 1;
    expect(spans(grid, formats[id].requests.cornerLabel)).toEqual([3, 3]);
    expect(spans(grid, '申请人情况')).toEqual([1, 7]);
    expect(spans(grid, '法人或其他组织')).toEqual([1, 5]);
    expect(spans(grid, '自然人')).toEqual([2, 1]);
    expect(spans(grid, '总计')).toEqual([2, 1]);
    expect(spans(grid, '三、本年度办理结果')).toEqual([resultRows, 1]);
    expect(spans(grid, '（三）不予公开')).toEqual([8, 1]);
    expect(spans(grid, '（四）无法提供')).toEqual([3, 1]);
    expect(spans(grid, '（一）予以公开')).toEqual([1, 2]);
    expect(spans(grid, '一、本年新收政府信息公开申请数量')).toEqual([1, 3]);
    expect(spans(grid, '（六）其他处理')).toEqual(id === 'gb2019' ? [1, 2] : [3, 1]);
    expect(grid.width).toBe(10);
    // every slot of the matrix is covered exactly once
    expect(expandGrid(grid).flat().every(Boolean)).toBe(true);
  });

  it('part 四: 行政复议 over 5 columns, 行政诉讼 over 10, its groups over 5 each', () => {
    const grid = appealsGrid(formats.gb2021);
    expect(spans(grid, '行政复议')).toEqual([1, 5]);
    expect(spans(grid, '行政诉讼')).toEqual([1, 10]);
    expect(spans(grid, '未经复议直接起诉')).toEqual([1, 5]);
    expect(grid.rows[1].cells.slice(0, 5).map((c) => [c.text, c.rowspan])).toEqual([
      ['结果维持', 2],
      ['结果纠正', 2],
      ['其他结果', 2],
      ['尚未审结', 2],
      ['总计', 2],
    ]);
    expect(expandGrid(grid).flat().every(Boolean)).toBe(true);
  });
});
