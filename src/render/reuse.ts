// What a long-running session (`report build --watch`, `report preview`) keeps from one
// build to the next: the parsed fonts, by the identity of their bytes, and each chart's
// SVG, by the font that measured it and the chart's own data. A one-off build passes none.
import type { Font } from 'fontkit';
import type { PdfFonts } from './pdf/fonts.js';

/** Charts kept per font: a few builds' worth, the oldest dropped first. */
const chartsKept = 32;

export interface RenderReuse {
  /** The fonts parsed from these bytes (body, then heading); the caller keeps the bytes the same object while the file is unchanged. */
  fonts(body: Uint8Array, heading: Uint8Array, open: () => Promise<PdfFonts>): Promise<PdfFonts>;
  /** The SVG of a chart with this data, drawn with this font. */
  chart(font: Font, key: string, draw: () => Promise<string>): Promise<string>;
}

export function renderReuse(): RenderReuse {
  const fonts = new WeakMap<Uint8Array, WeakMap<Uint8Array, Promise<PdfFonts>>>();
  const charts = new WeakMap<Font, Map<string, Promise<string>>>();
  return {
    fonts(body, heading, open) {
      let byHeading = fonts.get(body);
      if (!byHeading) fonts.set(body, (byHeading = new WeakMap()));
      let opened = byHeading.get(heading);
      if (!opened) {
        opened = open();
        byHeading.set(heading, opened);
        // A font that failed to open is opened again next time (the file may be fixed).
        opened.catch(() => byHeading!.delete(heading));
      }
      return opened;
    },
    chart(font, key, draw) {
      let drawn = charts.get(font);
      if (!drawn) charts.set(font, (drawn = new Map()));
      let svg = drawn.get(key);
      if (svg) {
        drawn.delete(key);
        drawn.set(key, svg);
        return svg;
      }
      svg = draw();
      drawn.set(key, svg);
      svg.catch(() => drawn!.delete(key));
      if (drawn.size > chartsKept) drawn.delete(drawn.keys().next().value!);
      return svg;
    },
  };
}
