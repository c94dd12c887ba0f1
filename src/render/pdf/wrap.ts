// Text broken into lines once, by pdfkit's own LineWrapper, and drawn line by line: a
// table cell is measured for the page breaks and then drawn, and the same labels recur in
// every report of a build, but pdfkit's text() wraps its text again at every call (the
// line breaker, a width per word). The lines are kept for the build; drawing a kept text
// is what text() does with them, without the wrapping.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** A line as pdfkit's LineWrapper hands it to the drawing: its text and the widths it measured. */
export interface WrappedLine {
  readonly text: string;
  readonly textWidth: number;
  readonly wordCount: number;
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

/** The parts of a pdfkit document the wrapping uses (not in pdfkit's types). */
interface TextInternals {
  x: number;
  y: number;
  readonly _lineGap?: number;
  _text(text: string, x: number, y: number, options: Record<string, unknown>, line: (text: string, options: LineOptions) => void): unknown;
  _fragment(text: string, x: number, y: number, options: LineOptions): void;
}

/** What the wrapper sets on the options of each line it emits, and _fragment reads. */
interface LineOptions {
  align?: LineAlign;
  width?: number;
  lineWidth: number;
  textWidth: number;
  wordCount: number;
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
    lines.push({ text: line, textWidth: options.textWidth, wordCount: options.wordCount });
    lineWidth = options.lineWidth;
    d.y += advance;
    height += advance;
  });
  d.x = x;
  d.y = y;
  return { lines, lineWidth, height };
}

/** pdfkit's PDFNumber: the nearest float32 not above `n` (the wrapper compares positions in it). */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  const bits = new Float32Array([n]);
  const word = new Uint32Array(bits.buffer);
  word[0] += n <= 0 ? 1 : -1;
  return bits[0];
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
    d._fragment(line.text, x, d.y, { align: options.align, width: options.width, lineWidth: wrapped.lineWidth, textWidth: line.textWidth, wordCount: line.wordCount });
    d.y += advance;
  }
}
