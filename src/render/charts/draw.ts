// A declared chart drawn to SVG by vega's headless renderer (no browser, no canvas),
// its labels measured in the font the PDF embeds, so the layout is the same on every
// machine and the same data gives the same bytes.
import type { Font } from 'fontkit';
import type { Chart } from './declare.js';
import { chartSpec, type Measure } from './spec.js';

interface TextMetrics {
  width: (item: { fontSize?: number }, text?: string) => number;
}

/** Measures text as `font` sets it, the way pdfkit does (advance widths, kerning included). */
export function fontMeasure(font: Font): Measure {
  const cache = new Map<string, number>();
  return (text, size) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = font.layout(text).advanceWidth / font.unitsPerEm;
      cache.set(text, width);
    }
    return width * size;
  };
}

/**
 * The chart as an SVG document. Vega's text metrics are one object shared by the whole
 * library: ours is put in for the length of the drawing and the previous one restored,
 * so drawings must not overlap (every caller awaits each in turn).
 */
export async function drawChart(chart: Chart, measure: Measure, fontFamily: string): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const spec = vegaLite.compile(chartSpec(chart, measure, fontFamily)).spec;
  // vega exports textMetrics (vega-scenegraph's hook for a measuring function, as vl-convert uses) without a type.
  const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  const previous = metrics.width;
  metrics.width = (item: { fontSize?: number }, text?: string) => measure(String(text ?? '').trim(), item.fontSize ?? 11);
  try {
    const view = new vega.View(vega.parse(spec), { renderer: 'none', logLevel: vega.Error });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
  } finally {
    metrics.width = previous;
  }
}
