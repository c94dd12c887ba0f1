// Charts drawn to SVG by vega without a browser: the same bytes for the same data, the
// text block's width, and every label and figure as text in the embedded font's name.
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/cli/build.js';
import { completeFigures, figureMap } from '../../../src/consolidate/complete.js';
import { cellsOf } from '../../../src/formats/cells.js';
import { formats } from '../../../src/formats/index.js';
import { declareCharts } from '../../../src/render/charts/declare.js';
import { drawChart, fontMeasure } from '../../../src/render/charts/draw.js';
import { chartStyle } from '../../../src/render/charts/spec.js';
import { openFonts } from '../../../src/render/pdf/fonts.js';
import { svgSize } from '../../../src/render/pdf/chart.js';
import { fixture } from '../../helpers/submissions.js';

const model = cellsOf(formats.gb2021);
const figures = figureMap(completeFigures(parseYaml(fixture('submissions/valid-gb2021.yaml')), model), model);
const previous = new Map([...figures].map(([k, v]) => [k, typeof v === 'number' ? v * 3 : v]));
const charts = declareCharts(['applicants', 'results', 'appeals', 'change'], { format: formats.gb2021, figures, previous, year: 2023 });
const font = openFonts(bundled.fonts().body, bundled.fonts().heading).body;

const texts = (svg: string): string[] => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('drawChart', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: every label and printed figure is SVG text, the width is the text block', async (_, chart) => {
    const svg = await drawChart(chart, fontMeasure(font), font.familyName);
    const shown = texts(svg);
    for (const label of [...chart.categories, ...(chart.series.length > 1 ? chart.series : [])]) expect(shown, label).toContain(label);
    for (const text of [...chart.bars.map((b) => b.text), ...chart.totals.map((t) => t.text)].filter(Boolean)) expect(shown, text).toContain(text);
    const { width } = svgSize(svg);
    expect(width).toBeLessThanOrEqual(chartStyle.width);
    expect(width).toBeGreaterThan(chartStyle.width - 10);
    expect(svg).toContain(`font-family="${font.familyName}"`);
  });

  it('gives the same bytes for the same data', async () => {
    const [a, b] = [await drawChart(charts[2], fontMeasure(font), 'x'), await drawChart(charts[2], fontMeasure(font), 'x')];
    expect(a).toBe(b);
  });

  it('leaves room for the longest bar\'s figure inside the width', async () => {
    const svg = await drawChart(charts[1], fontMeasure(font), font.familyName);
    // The widest bar and its printed share end inside the chart.
    const rects = [...svg.matchAll(/<path[^>]*d="M([0-9.]+),([0-9.]+)h([0-9.]+)v/g)].map((m) => Number(m[1]) + Number(m[3]));
    const widest = Math.max(...rects);
    const label = '67（51.5%）';
    expect(widest + chartStyle.textGap + fontMeasure(font)(label, chartStyle.fontSize)).toBeLessThanOrEqual(svgSize(svg).width);
  });
});
