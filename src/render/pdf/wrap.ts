// Text broken into lines once, by pdfkit's own LineWrapper, and drawn line by line: a
// table cell is measured for the page breaks and then drawn, and the same labels recur in
// every report of a build, but pdfkit's text() wraps its text again at every call (the
// line breaker, a width per word). The lines are kept for the build; drawing a kept line
// writes what text() writes for it (pdfkit's _fragment, for the options a cell uses), in
// one piece of the page's content rather than eight. test/render/pdf/wrap.test.ts compares
// the two byte for byte.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** A line as pdfkit's LineWrapper hands it to the drawing: its text and the widths it measured. */
export interface WrappedLine {
  readonly text: string;
  readonly textWidth: number;
  readonly wordCount: number;
  /** What is drawn: the text without line breaks (as _fragment takes it). */
  readonly drawn: string;
  /** The drawn text's width without trailing spaces, which sets a right-aligned line. */
  readonly rightWidth: number;
}

export interface WrappedText {
  readonly lines: readonly WrappedLine[];
  /** The width the lines were broken to, as the wrapper gives it to the drawing. */
  readonly lineWidth: number;
  /** The height heightOfString gives: a line height for each line. */
  readonly height: number;
}

/** Wrapped texts kept for a build, by font, size and width, then text: every report repeats the labels. */
export type WrapCache = Map<string, Map<number, Map<string, WrappedText>>>;

export type LineAlign = 'left' | 'center' | 'right';

/** The parts of a pdfkit document the wrapping and drawing use (not in pdfkit's types). */
interface TextInternals {
  x: number;
  y: number;
  readonly _lineGap?: number;
  readonly _font: EmbeddedFontInternals;
  readonly _fontSize: number;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
  _text(text: string, x: number, y: number, options: Record<string, unknown>, line: (text: string, options: LineOptions) => void): unknown;
  addContent(data: string): unknown;
}

/** What the wrapper sets on the options of each line it emits. */
interface LineOptions {
  lineWidth: number;
  textWidth: number;
  wordCount: number;
}

/** pdfkit's EmbeddedFont, as _fragment uses it. */
interface EmbeddedFontInternals {
  readonly id: string;
  readonly ascender: number;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], GlyphPlacement[]];
}

/** A glyph's position in 1000ths of the size, with the advance it had before shaping. */
interface GlyphPlacement {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

const internals = (doc: Doc): TextInternals => doc as unknown as TextInternals;

/** The line advance pdfkit's text() uses: the line height with its gap, and the document's line gap. */
const lineAdvance = (doc: Doc): number => doc.currentLineHeight(true) + (internals(doc)._lineGap || 0);

/**
 * `text` broken into lines `width` wide in `font` (a registered name) at `size`, which it
 * leaves the document set in; taken from `cache` when the build has broken it before.
 * Only left, centred or right-aligned text: justified text sets its last line otherwise.
 */
export function wrapText(doc: Doc, cache: WrapCache | undefined, font: string, size: number, width: number, text: string): WrappedText {
  doc.font(font).fontSize(size);
  const style = `${font}|${size}`;
  let byWidth = cache?.get(style);
  if (cache && !byWidth) cache.set(style, (byWidth = new Map()));
  let byText = byWidth?.get(width);
  if (byWidth && !byText) byWidth.set(width, (byText = new Map()));
  let wrapped = byText?.get(text);
  if (!wrapped) {
    wrapped = breakLines(doc, text, width);
    byText?.set(text, wrapped);
  }
  return wrapped;
}

/** The lines of `text` as heightOfString breaks them, in the document's current font and size. */
function breakLines(doc: Doc, text: string, width: number): WrappedText {
  const d = internals(doc);
  const { x, y } = d;
  const advance = lineAdvance(doc);
  const lines: WrappedLine[] = [];
  let lineWidth = width;
  let height = 0;
  d._text(text, x, y, { width, height: Infinity }, (line, options) => {
    const drawn = line.replace(/\n/g, '');
    lines.push({ text: line, textWidth: options.textWidth, wordCount: options.wordCount, drawn, rightWidth: doc.widthOfString(drawn.replace(/\s+$/, '')) });
    lineWidth = options.lineWidth;
    d.y += advance;
    height += advance;
  });
  d.x = x;
  d.y = y;
  return { lines, lineWidth, height };
}

// Scratch space for pdfNumber (as pdfkit keeps it): holds nothing between calls.
const float32 = new Float32Array(1);
const float32Bits = new Uint32Array(float32.buffer);

/** pdfkit's PDFNumber: the nearest float32 not above `n` (the wrapper compares positions in it). */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  float32[0] = n;
  float32Bits[0] += n <= 0 ? 1 : -1;
  return float32[0];
}

/**
 * Draws `text`, wrapped as `wrapped`, at (`x`, `y`) in the document's current font and
 * size, as `doc.text(text, x, y, { width, height, align })` draws it: each line placed by
 * pdfkit's own _fragment. Text taller than `height` is cut where the wrapper cuts it, so
 * it goes to text() itself (a label continued over a page break). The font and size must
 * be those the text was wrapped in.
 */
export function drawWrapped(doc: Doc, text: string, wrapped: WrappedText, x: number, y: number, options: { readonly width: number; readonly height: number; readonly align: LineAlign }): void {
  const d = internals(doc);
  const { lines } = wrapped;
  const advance = lineAdvance(doc);
  // Where the last line starts, summed as the wrapper moves down: the wrapper sets a line
  // only while it ends above the bottom (the first line always).
  let last = y;
  for (let i = 1; i < lines.length; i++) last += advance;
  if (lines.length > 1 && pdfNumber(last + doc.currentLineHeight(true)) > pdfNumber(y + options.height)) {
    doc.text(text, x, y, { width: options.width, height: options.height, align: options.align, lineBreak: true });
    return;
  }
  d.x = x;
  d.y = y;
  for (const line of lines) {
    drawLine(d, line, x, d.y, options.align, wrapped.lineWidth);
    d.y += advance;
  }
}

/** pdfkit's number(): six decimals at most. */
const number = (n: number): number => {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
};

/**
 * What pdfkit's _fragment writes for `line` at (`x`, `y`) with the wrapper's options, a
 * width and `align`, and no other option: the glyphs in the current font and size, placed
 * from the top of the line (baseline at the font's ascent), the page flipped for the text.
 */
function drawLine(d: TextInternals, line: WrappedLine, x: number, y: number, align: LineAlign, lineWidth: number): void {
  const text = line.drawn;
  if (text.length === 0) return;
  if (align === 'right') x += lineWidth - line.rightWidth;
  else if (align === 'center') x += lineWidth / 2 - line.textWidth / 2;
  const font = d._font;
  const size = d._fontSize;
  const dy = (font.ascender / 1000) * size;
  const height = d.page.height;
  y = height - y - dy;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  let content = `q\n1 0 0 -1 0 ${number(height)} cm\nBT\n1 0 0 1 ${number(x)} ${number(y)} Tm\n/${font.id} ${number(size)} Tf`;
  const [encoded, positions] = font.encode(text);
  const scale = size / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (end: number): void => {
    if (last < end) {
      const advance = positions[end - 1].xAdvance - positions[end - 1].advanceWidth;
      commands.push(`<${encoded.slice(last, end).join('')}> ${number(-advance)}`);
    }
    last = end;
  };
  const flush = (end: number): void => {
    addSegment(end);
    if (commands.length > 0) {
      content += `\n[${commands.join(' ')}] TJ`;
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const position = positions[i];
    if (position.xOffset || position.yOffset) {
      flush(i);
      content += `\n1 0 0 1 ${number(x + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`;
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        content += `\n1 0 0 1 ${number(x)} ${number(y)} Tm`;
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    x += position.xAdvance * scale;
  }
  flush(i);
  // Each addContent is a line of the page's content: one call for the whole fragment.
  d.addContent(`${content}\nET\nQ`);
}
