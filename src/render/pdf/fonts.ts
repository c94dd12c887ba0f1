// Fonts parsed once per build and shared by every PDF of it; pdfkit embeds a subset of
// each per document. Shaping a string (fontkit's layout) is the costliest part of setting
// text, and pdfkit remembers it only per document: the shared font remembers it for the
// build, so the same labels in every agency's report are shaped once.
import { create, type Font, type FontCollection, type Glyph, type GlyphPosition, type GlyphRun } from 'fontkit';

export interface PdfFonts {
  readonly body: Font;
  readonly heading: Font;
  /** Table cells' text heights, measured once per build (table.ts): the labels recur in every report. */
  readonly heights: Map<string, number>;
}

function single(font: Font | FontCollection): Font {
  return 'fonts' in font ? font.fonts[0] : font;
}

interface Shaped {
  readonly glyphs: Glyph[];
  /** As fontkit set them: each caller gets copies, since pdfkit scales its run's positions in place. */
  readonly positions: readonly GlyphPosition[];
}

/** A run as pdfkit and the charts read one: glyphs, positions and the advance width they sum to (as GlyphRun's getter does). */
function runOf(shaped: Shaped): GlyphRun {
  const positions = shaped.positions.map((p) => ({ ...p }));
  return {
    glyphs: shaped.glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  } as unknown as GlyphRun;
}

/** `font`, its layout remembered by string and options for as long as the font lives. */
function rememberingLayout(font: Font): Font {
  const layout = font.layout.bind(font) as (text: string, ...rest: unknown[]) => GlyphRun;
  const shaped = new Map<string, Shaped>();
  (font as { layout: (text: string, ...rest: unknown[]) => GlyphRun }).layout = (text, ...rest) => {
    const key = rest.every((r) => r === undefined) ? text : `${text}\u0000${JSON.stringify(rest)}`;
    let known = shaped.get(key);
    if (!known) {
      const run = layout(text, ...rest);
      known = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      shaped.set(key, known);
    }
    return runOf(known);
  };
  return font;
}

export function openFonts(body: Uint8Array, heading: Uint8Array): PdfFonts {
  const bodyFont = rememberingLayout(single(create(Buffer.from(body.buffer, body.byteOffset, body.byteLength))));
  const headingFont = heading === body ? bodyFont : rememberingLayout(single(create(Buffer.from(heading.buffer, heading.byteOffset, heading.byteLength))));
  return { body: bodyFont, heading: headingFont, heights: new Map() };
}
