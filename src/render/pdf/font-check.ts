// A font named in report.yaml is checked before anything is drawn with it: a file that is
// not a font, or a font without the glyphs the report prints (a Latin font has no 政),
// would give an internal error or boxes of tofu in the PDF.
import { create, type Font, type FontCollection } from 'fontkit';

/** What is wrong with `bytes` as the font for `text`, or undefined when it can print it all. */
export function fontProblem(bytes: Uint8Array, text: string): string | undefined {
  let font: Font;
  try {
    const opened: Font | FontCollection = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    font = 'fonts' in opened ? opened.fonts[0] : opened;
  } catch (error) {
    return `is not a font that can be read (${(error as Error).message}): expected a TrueType or OpenType font (.ttf, .otf, .ttc)`;
  }
  const missing: string[] = [];
  try {
    for (const char of new Set(text)) {
      if (/\s/.test(char)) continue;
      if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.push(char);
    }
  } catch {
    return 'has no character map: expected a TrueType or OpenType font with Unicode glyphs';
  }
  if (missing.length === 0) return undefined;
  const shown = missing.slice(0, 12).join('');
  return `has no glyph for ${missing.length} character${missing.length === 1 ? '' : 's'} the report prints (${shown}${missing.length > 12 ? '…' : ''}): expected a Chinese font such as 仿宋 or 宋体`;
}
