// The chart declarations: the figures each chart shows, labels taken from the format
// description, and text alternatives that state every figure.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { completeFigures, figureMap } from '../../../src/consolidate/complete.js';
import { cellsOf } from '../../../src/formats/cells.js';
import { formats } from '../../../src/formats/index.js';
import type { HeaderNode } from '../../../src/formats/types.js';
import { declareCharts, type Chart } from '../../../src/render/charts/declare.js';
import { edit, fixture } from '../../helpers/submissions.js';

const figuresOf = (text: string, id: 'gb2019' | 'gb2021') => figureMap(completeFigures(parse(text), cellsOf(formats[id])), cellsOf(formats[id]));
const gb2021 = figuresOf(fixture('submissions/valid-gb2021.yaml'), 'gb2021');
const gb2019 = figuresOf(fixture('submissions/valid-gb2019.yaml'), 'gb2019');

const values = (chart: Chart) => chart.bars.map((b) => [b.category, b.series, b.value, b.text]);

function allLabels(format: (typeof formats)['gb2021']): string[] {
  const tree = (nodes: readonly HeaderNode[]): string[] => nodes.flatMap((n) => [n.label, ...(n.children ? tree(n.children) : [])]);
  return [format.appeals.title, ...tree([format.requests.columns]), ...tree(format.requests.rows), ...tree(format.appeals.columns)];
}

describe('declareCharts', () => {
  it('applicants: 本年新收 by applicant column, coloured by 自然人 / 法人或其他组织', () => {
    const [chart] = declareCharts(['applicants'], { format: formats.gb2021, figures: gb2021, year: 2023 });
    expect(values(chart)).toEqual([
      ['自然人', '自然人', 120, '120'],
      ['商业企业', '法人或其他组织', 8, '8'],
      ['科研机构', '法人或其他组织', 0, '0'],
      ['社会公益组织', '法人或其他组织', 1, '1'],
      ['法律服务机构', '法人或其他组织', 3, '3'],
      ['其他', '法人或其他组织', 0, '0'],
    ]);
    expect(chart.illustrates).toBe('requests');
    expect(chart.alt).toBe('本年新收政府信息公开申请数量（申请人情况）：自然人120件，商业企业8件，科研机构0件，社会公益组织1件，法律服务机构3件，其他0件；总计132件。');
  });

  it('results: （一）…（六） with the groups summed, as shares of （七）总计', () => {
    const [chart] = declareCharts(['results'], { format: formats.gb2021, figures: gb2021, year: 2023 });
    expect(chart.bars.map((b) => [b.category, b.value, b.text])).toEqual([
      ['（一）予以公开', 67, '67（51.5%）'],
      ['（二）部分公开', 11, '11（8.5%）'],
      ['（三）不予公开', 6, '6（4.6%）'],
      ['（四）无法提供', 40, '40（30.8%）'],
      ['（五）不予处理', 5, '5（3.8%）'],
      ['（六）其他处理', 1, '1（0.8%）'],
    ]);
    expect(chart.alt).toContain('（七）总计130件');
    expect(chart.alt).toContain('（四）无法提供40件，占30.8%');
    // gb2019's （六）其他处理 is one row, not a group.
    const [old] = declareCharts(['results'], { format: formats.gb2019, figures: gb2019, year: 2020 });
    expect(old.categories.at(-1)).toBe('（六）其他处理');
    expect(old.bars.reduce((s, b) => s + b.value, 0)).toBe(gb2019.get('requests.results.total.total'));
  });

  it('appeals: each proceeding a row of its outcomes, its 总计 at the end', () => {
    const [chart] = declareCharts(['appeals'], { format: formats.gb2021, figures: gb2021, year: 2023 });
    expect(chart.categories).toEqual(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']);
    expect(chart.series).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结']);
    expect(chart.totals.map((t) => [t.category, t.value])).toEqual([
      ['行政复议', 4],
      ['行政诉讼（未经复议直接起诉）', 2],
      ['行政诉讼（复议后起诉）', 0],
    ]);
    expect(chart.bars.filter((b) => b.category === '行政复议').map((b) => b.value)).toEqual([2, 1, 0, 1]);
    expect(chart.alt).toContain('行政复议4件：结果维持2件，结果纠正1件，其他结果0件，尚未审结1件');
    expect(chart.illustrates).toBe('appeals');
  });

  it('change: only with last year\'s figures; 行政诉讼 sums both kinds', () => {
    expect(declareCharts(['change'], { format: formats.gb2021, figures: gb2021, year: 2023 })).toEqual([]);
    const before = fixture('submissions/valid-gb2021.yaml');
    const lastYear = figuresOf(
      edit(edit(before, 'legal_services: 3, other: 0, total: 132}', 'legal_services: 23, other: 0, total: 152}'), 'litigation_direct: {upheld: 1, corrected: 0, other: 1, pending: 0, total: 2}', 'litigation_direct: {upheld: 1, corrected: 0, other: 1, pending: 2, total: 4}'),
      'gb2021',
    );
    const [chart] = declareCharts(['change'], { format: formats.gb2021, figures: gb2021, previous: lastYear, year: 2023 });
    expect(chart.series).toEqual(['2022年', '2023年']);
    expect(values(chart)).toEqual([
      ['本年新收政府信息公开申请数量', '2022年', 152, '152'],
      ['本年新收政府信息公开申请数量', '2023年', 132, '132（减少13.2%）'],
      ['行政复议', '2022年', 4, '4'],
      ['行政复议', '2023年', 4, '4（持平）'],
      ['行政诉讼', '2022年', 4, '4'],
      ['行政诉讼', '2023年', 2, '2（减少50%）'],
    ]);
    expect(chart.alt).toContain('行政诉讼2022年4件，2023年2件，减少50%');
  });

  it('keeps the asked order, and every label is a printed label of the format (shortened, never retyped)', () => {
    for (const id of ['gb2019', 'gb2021'] as const) {
      const charts = declareCharts(['appeals', 'applicants', 'results', 'change'], { format: formats[id], figures: id === 'gb2019' ? gb2019 : gb2021, previous: id === 'gb2019' ? gb2019 : gb2021, year: 2023 });
      expect(charts.map((c) => c.id)).toEqual(['appeals', 'applicants', 'results', 'change']);
      const printed = allLabels(formats[id]).join('\n');
      for (const chart of charts.filter((c) => c.id !== 'change')) {
        for (const label of [...chart.categories, ...chart.series]) {
          for (const piece of label.split(/（(?=[^一二三四五六七])|）$/).filter(Boolean)) expect(printed, `${chart.id}: ${label}`).toContain(piece);
        }
      }
    }
  });
});
