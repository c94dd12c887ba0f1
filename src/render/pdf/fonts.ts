// Fonts parsed once per build and shared by every PDF of it; pdfkit embeds a subset of
// each per document. Shaping a string (fontkit's layout) is the costliest part of setting
// text, and pdfkit remembers it only per document: the shared font remembers it for the
// build, so the same labels in every agency's report are shaped once.
import { create, type Font, type FontCollection, type Glyph, type GlyphPosition, type GlyphRun } from 'fontkit';
import { plainShaper } from './plain-shaping.js';
import type { WrapCache } from './wrap.js';

export interface PdfFonts {
  readonly body: Font;
  readonly heading: Font;
  /** Table cells' texts broken into lines, once per build (table.ts, wrap.ts): the labels recur in every report. */
  readonly wrapped: WrapCache;
  /** Titles' and headings' balanced lines by font, size, width and text, kept for the build (draw.ts). */
  readonly lines: Map<string, readonly string[]>;
  /** pdfkit's runs of each font, shaped and scaled, kept for the build (shareLayouts). */
  readonly runs: Map<Font, SharedRuns>;
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

/**
 * `font`, its layout remembered by string and options for as long as the font lives, and a
 * text no OpenType lookup can act on shaped without them (plain-shaping.ts).
 */
function rememberingLayout(font: Font): Font {
  const layout = font.layout.bind(font) as (text: string, ...rest: unknown[]) => GlyphRun;
  const plain = plainShaper(font);
  const shaped = new Map<string, Shaped>();
  (font as { layout: (text: string, ...rest: unknown[]) => GlyphRun }).layout = (text, ...rest) => {
    const bare = rest.every((r) => r === undefined);
    const key = bare ? text : `${text}\u0000${JSON.stringify(rest)}`;
    let known = shaped.get(key);
    if (!known) {
      const run = (bare && plain?.(text)) || layout(text, ...rest);
      known = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      shaped.set(key, known);
    }
    return runOf(known);
  };
  return font;
}

/**
 * `font`, each glyph's outline decoded once for as long as the font lives. pdfkit embeds a
 * subset of the font at the end of every document, decoding every glyph it takes (fontkit's
 * TTFSubset calls glyph._decode() each time): the same glyphs, again for every report.
 * fontkit keeps one Glyph object per id (font.getGlyph), and what _decode returns is only
 * read (by the subset and the glyph's outline), so the first answer serves them all.
 */
function rememberingGlyphs(font: Font): Font {
  type Decodable = Glyph & { _decode?: () => unknown };
  const getGlyph = font.getGlyph.bind(font) as (id: number, codePoints?: number[]) => Decodable;
  const remembered = new WeakSet<Decodable>();
  (font as { getGlyph: (id: number, codePoints?: number[]) => Glyph }).getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    const decode = glyph._decode;
    if (!remembered.has(glyph) && typeof decode === 'function') {
      remembered.add(glyph);
      let decoded: { value: unknown } | undefined;
      glyph._decode = () => (decoded ??= { value: decode.call(glyph) }).value;
    }
    return glyph;
  };
  return font;
}

function open(bytes: Uint8Array): Font {
  return rememberingGlyphs(rememberingLayout(single(create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))));
}

export function openFonts(body: Uint8Array, heading: Uint8Array): PdfFonts {
  const bodyFont = open(body);
  const headingFont = heading === body ? bodyFont : open(heading);
  return { body: bodyFont, heading: headingFont, wrapped: new Map(), lines: new Map(), runs: new Map([bodyFont, headingFont].map((font) => [font, sharedRuns()])) };
}

/**
 * What the documents of a build share of one font, as pdfkit's EmbeddedFont uses it: each
 * text's run (glyphs and positions scaled to 1000 units, and their advance width, summed
 * once: the run fontkit's layout gives sums it on every read) and each measured text's
 * advance width.
 */
export interface SharedRuns {
  readonly runs: Map<string, SharedRun>;
  readonly widths: Map<string, number>;
}

interface SharedRun {
  readonly glyphs: Glyph[];
  readonly positions: GlyphPosition[];
  readonly advanceWidth: number;
}

const sharedRuns = (): SharedRuns => ({ runs: new Map(), widths: new Map() });

/** The part of pdfkit's EmbeddedFont shareLayouts takes over (not in pdfkit's types). */
interface EmbeddedFontOfDocument {
  readonly font?: unknown;
  layoutRun(text: string): GlyphRun;
  layoutCached(text: string): SharedRun;
  layout(text: string, features: unknown, onlyWidth: boolean): { readonly advanceWidth: number };
  widthOfString(text: string, size: number, features?: unknown): number;
}

/** The part of a pdfkit document shareLayouts reaches into (not in pdfkit's types). */
interface FontsOfDocument {
  font(...args: unknown[]): unknown;
  readonly _font: EmbeddedFontOfDocument | null;
}

/**
 * Hands `doc` the build's runs of `fonts`: pdfkit's EmbeddedFont remembers each text it
 * shapes (layoutCached: text → glyphs and positions scaled to 1000 units) for one document
 * only, so every report shaped the same labels, digits and headings anew. A run depends on
 * the font and the text alone, and pdfkit only reads a remembered run (layout() copies its
 * arrays; encode and the text drawing read the positions), so the documents share one.
 * A text's width (widthOfString) is the sum of its runs' widths, split at spaces, walking
 * the text a character at a time: it is remembered too, and scaled as pdfkit scales it.
 */
export function shareLayouts(doc: unknown, fonts: PdfFonts): void {
  const d = doc as FontsOfDocument;
  const font = d.font.bind(d);
  const sharing = new WeakSet<EmbeddedFontOfDocument>();
  d.font = (...args: unknown[]) => {
    font(...args);
    const current = d._font;
    if (current === null || sharing.has(current)) return d;
    sharing.add(current);
    const shared = current.font === undefined ? undefined : fonts.runs.get(current.font as Font);
    if (shared) share(current, shared);
    return d;
  };
}

function share(font: EmbeddedFontOfDocument, { runs, widths }: SharedRuns): void {
  font.layoutCached = (text) => {
    let run = runs.get(text);
    if (run === undefined) {
      const shaped = font.layoutRun(text);
      run = { glyphs: shaped.glyphs, positions: shaped.positions, advanceWidth: shaped.advanceWidth };
      runs.set(text, run);
    }
    return run;
  };
  const widthOfString = font.widthOfString.bind(font);
  font.widthOfString = (text, size, features) => {
    if (features !== undefined) return widthOfString(text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      width = font.layout(text, undefined, true).advanceWidth;
      widths.set(text, width);
    }
    const scale = size / 1000;
    return width * scale;
  };
}
