// What a long-running session (`report build --watch`, `report preview`) keeps from one
// build to the next: the parsed fonts, by the identity of their bytes. (Charts are not
// kept: with the fonts kept, laying out all four again takes about half a millisecond.)
// A one-off build passes none.
import type { PdfFonts } from './pdf/fonts.js';

export interface RenderReuse {
  /** The fonts parsed from these bytes (body, then heading); the caller keeps the bytes the same object while the file is unchanged. */
  fonts(body: Uint8Array, heading: Uint8Array, open: () => Promise<PdfFonts>): Promise<PdfFonts>;
}

export function renderReuse(): RenderReuse {
  const fonts = new WeakMap<Uint8Array, WeakMap<Uint8Array, Promise<PdfFonts>>>();
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
  };
}
