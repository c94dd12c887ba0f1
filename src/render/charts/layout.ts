// A declared chart laid out once as a scene for every painter: horizontal bars, row labels
// right-aligned on the left, the printed figure at each bar's end, a legend on top for more
// than one series, and (`paired`) one titled panel a category; as wide as the A4 text block.
import type { Chart, ChartBar } from './declare.js';
import type { ChartScene, SceneShape, SceneText } from './scene.js';

/** Measures a label in the chart's font at `size` points. */
export type Measure = (text: string, size: number) => number;

export const chartStyle = {
  /** The A4 text block after GB/T 9704 (210 mm less 28 + 26 mm), in points: the chart's width in the PDF. */
  width: 442,
  fontSize: 10.5,
  /** One bar's band. */
  step: 20,
  /** A bar's thickness as a share of its band (0.7 of the band less a tenth between bands). */
  bar: 0.63,
  /** Blue for this year and the first series, grey for last year; all distinct in black and white print. */
  palette: ['#2f5597', '#ed7d31', '#a5a5a5', '#70ad47', '#5b9bd5', '#7f6000'],
  lastYear: '#a5a5a5',
  ink: '#000',
  labelPadding: 6,
  /** Room between a bar's end and its printed figure. */
  textGap: 4,
  /** From a row's middle down to its labels' baseline, as a share of the font size. */
  middle: 0.3,
  /** Square symbols, each followed by its label; the bars start `offset` below. */
  legend: { symbol: 10, labelGap: 5, entryGap: 10, height: 12, offset: 8 },
  /** `paired`: the title's band above each panel, its baseline in that band, and the room between panels. */
  panel: { title: 15, titleBaseline: 10, spacing: 10 },
} as const;

/** A row of bars end to end, the figure printed after them. */
interface Row {
  readonly label: string;
  readonly bars: readonly ChartBar[];
  readonly end: { readonly value: number; readonly text: string };
}

const widest = (texts: readonly string[], measure: Measure): number => Math.max(0, ...texts.map((t) => measure(t, chartStyle.fontSize)));

/**
 * Where the bars start once the row labels are set beside them, their longest length, and
 * the value drawn at that length, chosen so that the end of each bar plus its printed
 * figure fits: value/max * plot + gap + text ≤ plot.
 */
function room(rowLabels: readonly string[], ends: readonly Row['end'][], measure: Measure): { left: number; plot: number; domainMax: number } {
  const left = Math.ceil(widest(rowLabels, measure) + chartStyle.labelPadding);
  const plot = chartStyle.width - left;
  let max = Math.max(1, ...ends.map((e) => e.value));
  for (const end of ends) {
    const bars = plot - chartStyle.textGap - measure(end.text, chartStyle.fontSize);
    if (bars > 0) max = Math.max(max, (end.value * plot) / bars);
  }
  return { left, plot, domainMax: max };
}

const text = (x: number, y: number, content: string, anchor: SceneText['anchor'], measure: Measure): SceneText => ({
  kind: 'text',
  x,
  y,
  text: content,
  size: chartStyle.fontSize,
  anchor,
  width: measure(content, chartStyle.fontSize),
  fill: chartStyle.ink,
});

/** Rows from `top` down: the label, the bars, the figure, in reading order. */
function rowShapes(rows: readonly Row[], top: number, scale: ReturnType<typeof room>, colour: (series: string) => string, measure: Measure): SceneShape[] {
  const { left, plot, domainMax } = scale;
  const x = (value: number): number => left + (value / domainMax) * plot;
  const thickness = chartStyle.step * chartStyle.bar;
  return rows.flatMap((row, i) => {
    const middle = top + (i + 0.5) * chartStyle.step;
    const baseline = middle + chartStyle.fontSize * chartStyle.middle;
    const shapes: SceneShape[] = [text(left - chartStyle.labelPadding, baseline, row.label, 'end', measure)];
    let start = 0;
    for (const bar of row.bars) {
      if (bar.value > 0) shapes.push({ kind: 'rect', x: x(start), y: middle - thickness / 2, width: x(start + bar.value) - x(start), height: thickness, fill: colour(bar.series) });
      start += bar.value;
    }
    if (row.end.text) shapes.push(text(x(row.end.value) + chartStyle.textGap, baseline, row.end.text, 'start', measure));
    return shapes;
  });
}

/** A square and the series' name for each series, left to right, starting above the bars. */
function legendShapes(series: readonly string[], left: number, colour: (series: string) => string, measure: Measure): SceneShape[] {
  const { symbol, labelGap, entryGap, height } = chartStyle.legend;
  const shapes: SceneShape[] = [];
  let x = left;
  for (const name of series) {
    shapes.push({ kind: 'rect', x, y: (height - symbol) / 2, width: symbol, height: symbol, fill: colour(name) });
    const label = text(x + symbol + labelGap, height / 2 + chartStyle.fontSize * chartStyle.middle, name, 'start', measure);
    shapes.push(label);
    x = label.x + label.width + entryGap;
  }
  return shapes;
}

const barRow = (bar: ChartBar, label: string): Row => ({ label, bars: [bar], end: { value: bar.value, text: bar.text ?? '' } });

/** One panel a category, each with its own scale (last year's 3629 applications and 126 reconsiderations share no axis), a bar a year. */
function paired(chart: Chart, colour: (series: string) => string, measure: Measure): { height: number; shapes: SceneShape[] } {
  const { title, titleBaseline, spacing } = chartStyle.panel;
  const shapes: SceneShape[] = [];
  let top = 0;
  for (const [i, category] of chart.categories.entries()) {
    const rows = chart.series.flatMap((series) => chart.bars.filter((b) => b.category === category && b.series === series).map((b) => barRow(b, series)));
    const scale = room(chart.series, rows.map((r) => r.end), measure);
    if (i > 0) top += spacing;
    shapes.push(text(0, top + titleBaseline, category, 'start', measure));
    shapes.push(...rowShapes(rows, top + title, scale, colour, measure));
    top += title + rows.length * chartStyle.step;
  }
  return { height: top, shapes };
}

/** The chart's scene, its texts measured by `measure`, the advance widths of the font `family`. */
export function layoutChart(chart: Chart, measure: Measure, family: string): ChartScene {
  const colours = chart.layout === 'paired' ? [chartStyle.lastYear, chartStyle.palette[0]] : chartStyle.palette;
  const colour = (series: string): string => colours[Math.max(0, chart.series.indexOf(series)) % colours.length];
  if (chart.layout === 'paired') return { width: chartStyle.width, font: family, ...paired(chart, colour, measure) };
  const rows: Row[] = chart.categories.map((category) => {
    const bars = chart.bars.filter((b) => b.category === category);
    if (chart.layout === 'bars') return barRow(bars[0], category);
    const ordered = chart.series.flatMap((series) => bars.filter((b) => b.series === series));
    const total = chart.totals.find((t) => t.category === category);
    return { label: category, bars: ordered, end: total ?? { value: ordered.reduce((sum, b) => sum + b.value, 0), text: '' } };
  });
  const scale = room(chart.categories, rows.map((r) => r.end), measure);
  const legend = chart.series.length > 1 ? legendShapes(chart.series, scale.left, colour, measure) : [];
  const top = legend.length > 0 ? chartStyle.legend.height + chartStyle.legend.offset : 0;
  return { width: chartStyle.width, height: top + rows.length * chartStyle.step, font: family, shapes: [...legend, ...rowShapes(rows, top, scale, colour, measure)] };
}
