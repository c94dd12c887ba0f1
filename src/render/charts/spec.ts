// A declared chart as a vega-lite specification: horizontal bars, the printed figure at
// each bar's end, sized for the A4 text block. Vega draws the axes, scales and legends.
import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from './declare.js';

/** Measures a label in the chart's font at `size` points. */
export type Measure = (text: string, size: number) => number;

export const chartStyle = {
  /** The A4 text block after GB/T 9704 (210 mm less 28 + 26 mm), in points: the chart's width in the PDF. */
  width: 442,
  fontSize: 10.5,
  /** One bar's band. */
  step: 20,
  /** Blue for this year and the first series, grey for last year; all distinct in black and white print. */
  palette: ['#2f5597', '#ed7d31', '#a5a5a5', '#70ad47', '#5b9bd5', '#7f6000'],
  lastYear: '#a5a5a5',
  labelPadding: 6,
  /** Room between a bar's end and its printed figure. */
  textGap: 4,
} as const;

const widest = (texts: readonly string[], measure: Measure): number => Math.max(0, ...texts.map((t) => measure(t, chartStyle.fontSize)));

/**
 * The plot's width once the row labels are set beside it, and the domain end that leaves
 * room for the longest bar's printed figure.
 */
function room(rowLabels: readonly string[], ends: readonly { value: number; text: string }[], measure: Measure): { plot: number; domainMax: number } {
  const plot = Math.floor(chartStyle.width - widest(rowLabels, measure) - chartStyle.labelPadding - 2);
  // The end of each bar plus its figure must fit: value/max * bars + gap + text ≤ plot.
  let max = Math.max(1, ...ends.map((e) => e.value));
  for (const end of ends) {
    const bars = plot - chartStyle.textGap - measure(end.text, chartStyle.fontSize);
    if (bars > 0) max = Math.max(max, (end.value * plot) / bars);
  }
  return { plot, domainMax: max };
}

const config = (font: string) => ({
  font,
  padding: 0,
  view: { stroke: null },
  axis: { labelFontSize: chartStyle.fontSize, labelColor: '#000', titleFontSize: chartStyle.fontSize, domainColor: '#000', tickColor: '#000' },
  legend: { labelFontSize: chartStyle.fontSize, titleFontSize: chartStyle.fontSize, labelColor: '#000', symbolType: 'square', orient: 'top', direction: 'horizontal', title: null, offset: 8, padding: 0 },
  text: { fontSize: chartStyle.fontSize, fill: '#000' },
  aria: false,
});

/** Row labels on the left, no value axis (every bar prints its figure), colour by series. */
function barLayers(chart: Chart, domainMax: number, colours: readonly string[]) {
  const y = { field: 'category', type: 'nominal', sort: chart.categories, axis: { title: null, ticks: false, domain: false, labelPadding: chartStyle.labelPadding, labelLimit: 0 } } as const;
  const x = { field: 'value', type: 'quantitative', axis: null, scale: { domain: [0, domainMax], nice: false } } as const;
  const color = {
    field: 'series',
    type: 'nominal',
    scale: { domain: chart.series, range: colours },
    legend: chart.series.length > 1 ? {} : null,
  } as const;
  return { y, x, color };
}

export function chartSpec(chart: Chart, measure: Measure, font: string): TopLevelSpec {
  const colours = chart.layout === 'paired' ? [chartStyle.lastYear, chartStyle.palette[0]] : chartStyle.palette.slice(0, chart.series.length);
  if (chart.layout === 'paired') {
    // One panel a figure: each has its own scale, as last year's 3629 applications and 126 reconsiderations share no axis.
    const { plot } = room(chart.series, [], measure);
    return {
      config: config(font),
      data: { values: chart.bars.map((b) => ({ ...b })) },
      vconcat: chart.categories.map((category) => {
        const bars = chart.bars.filter((b) => b.category === category);
        const { domainMax } = room(chart.series, bars.map((b) => ({ value: b.value, text: b.text ?? '' })), measure);
        const { y, x, color } = barLayers({ ...chart, categories: chart.series }, domainMax, colours);
        return {
          title: { text: category, anchor: 'start', fontSize: chartStyle.fontSize, fontWeight: 'normal', offset: 4 },
          width: plot,
          height: { step: chartStyle.step },
          transform: [{ filter: { field: 'category', equal: category } }],
          encoding: { y: { ...y, field: 'series', sort: chart.series }, x },
          layer: [
            { mark: { type: 'bar', height: { band: 0.7 } }, encoding: { color: { ...color, legend: null } } },
            { mark: { type: 'text', align: 'left', baseline: 'middle', dx: chartStyle.textGap }, encoding: { text: { field: 'text' } } },
          ],
        };
      }),
      spacing: 10,
    } as TopLevelSpec;
  }
  const ends = chart.layout === 'stacked' ? chart.totals : chart.bars.map((b) => ({ value: b.value, text: b.text ?? '' }));
  const { plot, domainMax } = room(chart.categories, ends, measure);
  const { y, x, color } = barLayers(chart, domainMax, colours);
  const text = { mark: { type: 'text', align: 'left', baseline: 'middle', dx: chartStyle.textGap }, encoding: { text: { field: 'text' } } } as const;
  return {
    config: config(font),
    width: plot,
    height: { step: chartStyle.step },
    encoding: { y, x },
    layer: [
      {
        data: { values: chart.bars.map((b) => ({ ...b, order: chart.series.indexOf(b.series) })) },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: { color, order: { field: 'order', type: 'quantitative' } },
      },
      chart.layout === 'stacked' ? { ...text, data: { values: chart.totals.map((t) => ({ ...t })) } } : { ...text, data: { values: chart.bars.map((b) => ({ ...b })) } },
    ],
  } as TopLevelSpec;
}
