// The chart scene both painters draw: nothing outside the text block, row labels
// right-aligned before the bars, bars as long as their values with the printed figure
// after each, the stacked and paired layouts, and the legend.
import { describe, expect, it } from 'vitest';
import { chartStyle, layoutChart } from '../../../src/render/charts/layout.js';
import type { ChartScene, SceneRect, SceneText } from '../../../src/render/charts/scene.js';
import { chart, charts, fonts, measure } from '../../helpers/charts.js';

const family = fonts.body.familyName;
const texts = (scene: ChartScene): SceneText[] => scene.shapes.filter((s): s is SceneText => s.kind === 'text');
const rects = (scene: ChartScene): SceneRect[] => scene.shapes.filter((s): s is SceneRect => s.kind === 'rect');
const textOf = (scene: ChartScene, text: string): SceneText => {
  const found = texts(scene).filter((t) => t.text === text);
  expect(found, text).toHaveLength(1);
  return found[0];
};
/** The bars whose middle is level with a text's row (the text's baseline sits a little below the middle). */
const barsBeside = (scene: ChartScene, text: SceneText): SceneRect[] =>
  rects(scene).filter((r) => r.height > chartStyle.legend.symbol && Math.abs(r.y + r.height / 2 + chartStyle.fontSize * chartStyle.middle - text.y) < 0.01);
const close = (a: number, b: number): void => expect(Math.abs(a - b), `${a} ≈ ${b}`).toBeLessThan(0.01);

describe('layoutChart', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: the text block wide, and every shape inside it', (_, declared) => {
    const scene = layoutChart(declared, measure, family);
    expect(scene.width).toBe(chartStyle.width);
    expect(scene.font).toBe(family);
    for (const t of texts(scene)) {
      const [start, end] = t.anchor === 'end' ? [t.x - t.width, t.x] : [t.x, t.x + t.width];
      expect(start, t.text).toBeGreaterThanOrEqual(0);
      expect(end, t.text).toBeLessThanOrEqual(scene.width);
      expect(t.y, t.text).toBeLessThanOrEqual(scene.height);
      expect(t.width).toBeCloseTo(measure(t.text, t.size), 6);
    }
    for (const r of rects(scene)) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(scene.width);
      expect(r.y + r.height).toBeLessThanOrEqual(scene.height);
    }
  });

  it('results: labels end at one x before the bars, bars as long as their values, each figure just after its bar', () => {
    const declared = chart('results');
    const scene = layoutChart(declared, measure, family);
    const labels = declared.categories.map((c) => textOf(scene, c));
    expect(new Set(labels.map((l) => l.anchor))).toEqual(new Set(['end']));
    expect(new Set(labels.map((l) => l.x)).size).toBe(1);
    const perUnit: number[] = [];
    for (const [i, bar] of declared.bars.entries()) {
      const [drawn] = barsBeside(scene, labels[i]);
      close(drawn.x, labels[i].x + chartStyle.labelPadding);
      perUnit.push(drawn.width / bar.value);
      const figure = textOf(scene, bar.text!);
      expect(figure.y).toBe(labels[i].y);
      close(figure.x, drawn.x + drawn.width + chartStyle.textGap);
    }
    for (const k of perUnit) close(k, perUnit[0]);
    // The longest bar's figure (67（51.5%）) ends at the right edge: the bars are as long as the room allows.
    close(Math.max(...declared.bars.map((b) => textOf(scene, b.text!)).map((t) => t.x + t.width)), scene.width);
    expect(rects(scene).every((r) => r.fill === chartStyle.palette[0])).toBe(true);
  });

  it('a legend on top for more than one series (applicants), none for one (results)', () => {
    const scene = layoutChart(chart('applicants'), measure, family);
    // 自然人 is a row label too: the legend's is the one on top.
    const [top, row] = texts(scene).filter((t) => t.text === '自然人').sort((a, b) => a.y - b.y);
    expect([top.anchor, row.anchor]).toEqual(['start', 'end']);
    const second = textOf(scene, '法人或其他组织');
    expect(second.y).toBe(top.y);
    expect(second.x).toBeGreaterThan(top.x + top.width);
    const squares = rects(scene).filter((r) => r.width === chartStyle.legend.symbol && r.height === chartStyle.legend.symbol);
    expect(squares.map((s) => s.fill)).toEqual(chartStyle.palette.slice(0, 2));
    for (const r of rects(scene).filter((r) => !squares.includes(r))) expect(r.y).toBeGreaterThan(chartStyle.legend.height);
    expect(scene.height).toBe(chartStyle.legend.height + chartStyle.legend.offset + 6 * chartStyle.step);
    expect(layoutChart(chart('results'), measure, family).height).toBe(6 * chartStyle.step);
  });

  it('appeals (stacked): a row\'s outcomes end to end in their order, its total after them', () => {
    const declared = chart('appeals');
    const scene = layoutChart(declared, measure, family);
    const row = textOf(scene, '行政复议');
    const bars = barsBeside(scene, row);
    // 结果维持 2, 结果纠正 1, 其他结果 0 (no bar), 尚未审结 1.
    expect(bars.map((b) => b.fill)).toEqual([chartStyle.palette[0], chartStyle.palette[1], chartStyle.palette[3]]);
    close(bars[1].x, bars[0].x + bars[0].width);
    close(bars[2].x, bars[1].x + bars[1].width);
    close(bars[0].width, 2 * bars[1].width);
    const total = texts(scene).filter((t) => t.y === row.y && t.anchor === 'start');
    expect(total.map((t) => t.text)).toEqual(['4']);
    close(total[0].x, bars[2].x + bars[2].width + chartStyle.textGap);
    // 行政诉讼（复议后起诉）: nothing to draw, its total 0 printed at the start.
    const empty = textOf(scene, '行政诉讼（复议后起诉）');
    expect(barsBeside(scene, empty)).toEqual([]);
    expect(texts(scene).filter((t) => t.y === empty.y && t.anchor === 'start').map((t) => t.text)).toEqual(['0']);
  });

  it('change (paired): a titled panel a figure, a bar a year, each panel on its own scale, 10 pt between panels', () => {
    const declared = chart('change');
    const scene = layoutChart(declared, measure, family);
    const titles = declared.categories.map((c) => textOf(scene, c));
    expect(titles.map((t) => [t.x, t.anchor])).toEqual(titles.map(() => [0, 'start']));
    const panel = chartStyle.panel.title + 2 * chartStyle.step;
    for (const [i, title] of titles.entries()) close(title.y - titles[0].y, i * (panel + chartStyle.panel.spacing));
    expect(scene.height).toBe(3 * panel + 2 * chartStyle.panel.spacing);
    const years = texts(scene).filter((t) => t.anchor === 'end');
    expect(years.map((t) => t.text)).toEqual(['2022年', '2023年', '2022年', '2023年', '2022年', '2023年']);
    const bars = rects(scene);
    expect(bars.map((b) => b.fill)).toEqual([chartStyle.lastYear, chartStyle.palette[0], chartStyle.lastYear, chartStyle.palette[0], chartStyle.lastYear, chartStyle.palette[0]]);
    // 396 against 132, 12 against 4, 6 against 2: the same proportions, three different scales.
    close(bars[0].width / bars[1].width, 3);
    // On a shared scale 12 and 6 would be 3% and 1.5% of 396's bar.
    close(bars[2].width / bars[3].width, 3);
    close(bars[4].width / bars[5].width, 3);
    for (const last of [bars[2], bars[4]]) expect(last.width).toBeGreaterThan(bars[0].width / 2);
    expect(textOf(scene, '132（减少66.7%）').x).toBeCloseTo(bars[1].x + bars[1].width + chartStyle.textGap, 6);
  });
});
