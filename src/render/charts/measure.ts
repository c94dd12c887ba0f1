// Chart labels measured in the font the PDF embeds, the way pdfkit sets them, so a chart
// is laid out the same on every machine and in both the HTML and the PDF.
import type { Font } from 'fontkit';
import type { Measure } from './layout.js';

/** Measures text as `font` sets it (advance widths, kerning included). */
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
