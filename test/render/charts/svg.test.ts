// Charts painted to SVG for report.html: the same bytes for the same data, the text
// block's width, every label and figure as text in the embedded font's name, and room
// for the longest bar's figure.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chartStyle, layoutChart } from '../../../src/render/charts/layout.js';
import { chartSvg } from '../../../src/render/charts/svg.js';
import { chart, charts, fonts, measure } from '../../helpers/charts.js';

const family = fonts.body.familyName;
const svgOf = (id: (typeof charts)[number]['id'], font = family) => chartSvg(layoutChart(chart(id), measure, font));
const root = (svg: string) => parse(svg).querySelector('svg')!;
const number = (svg: string, name: string): number => Number(root(svg).getAttribute(name));

describe('chartSvg', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: every label and printed figure is SVG text, the width is the text block', (id, declared) => {
    const svg = svgOf(id);
    const shown = root(svg).querySelectorAll('text').map((t) => t.text);
    for (const label of [...declared.categories, ...(declared.series.length > 1 ? declared.series : [])]) expect(shown, label).toContain(label);
    for (const text of [...declared.bars.map((b) => b.text), ...declared.totals.map((t) => t.text)].filter(Boolean)) expect(shown, text).toContain(text);
    expect(number(svg, 'width')).toBe(chartStyle.width);
    expect(root(svg).getAttribute('viewBox')).toBe(`0 0 ${chartStyle.width} ${number(svg, 'height')}`);
    expect(root(svg).getAttribute('font-family')).toBe(family);
  });

  it('gives the same bytes for the same data', () => {
    expect(svgOf('appeals')).toBe(chartSvg(layoutChart(chart('appeals'), measure, family)));
    expect(svgOf('appeals')).not.toBe(svgOf('results'));
  });

  it("leaves room for the longest bar's figure inside the width", () => {
    const svg = svgOf('results');
    const ends = root(svg)
      .querySelectorAll('rect')
      .map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
    expect(Math.max(...ends) + chartStyle.textGap + measure('67（51.5%）', chartStyle.fontSize)).toBeLessThanOrEqual(number(svg, 'width') + 0.01);
  });

  it('escapes text for XML', () => {
    const svg = svgOf('results', 'Noto "Serif" & <SC>');
    expect(root(svg).getAttribute('font-family')).toBe('Noto "Serif" & <SC>');
    expect(svg).toContain('font-family="Noto &quot;Serif&quot; &amp; &lt;SC&gt;"');
    const odd = { ...chart('results'), categories: ['A & <B>'], bars: [{ category: 'A & <B>', series: '本年度办理结果', value: 1, text: '1 "x"' }] };
    const texts = root(chartSvg(layoutChart(odd, measure, family))).querySelectorAll('text').map((t) => t.text);
    expect(texts).toEqual(['A & <B>', '1 "x"']);
  });
});
