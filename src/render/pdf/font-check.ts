// A font named in report.yaml is checked before anything is drawn with it: a file that is
// not a font, or a font without the glyphs the report prints (a Latin font has no 政),
// would give an internal error or boxes of tofu in the PDF.
import { create, type Font, type FontCollection } from 'fontkit';

/** What is wrong with a font: the config/font message id and its data. */
export type FontProblem =
  | { readonly id: 'unreadable'; readonly data: { readonly error: string } }
  | { readonly id: 'notAFont' | 'noCharacterMap'; readonly data: Record<string, never> }
  | { readonly id: 'missingGlyph' | 'missingGlyphs'; readonly data: { readonly count: number; readonly characters: string } };

/** What is wrong with `bytes` as the font for `text`, or undefined when it can print it all. */
export function fontProblem(bytes: Uint8Array, text: string): FontProblem | undefined {
  let font: Font;
  try {
    const opened: Font | FontCollection = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    font = 'fonts' in opened ? opened.fonts[0] : opened;
  } catch (error) {
    // fontkit's words for bytes that are no font at all; anything else it says is quoted.
    const said = (error as Error).message;
    return said === 'Unknown font format' ? { id: 'notAFont', data: {} } : { id: 'unreadable', data: { error: said } };
  }
  const missing: string[] = [];
  try {
    for (const char of new Set(text)) {
      if (/\s/.test(char)) continue;
      if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.push(char);
    }
  } catch {
    return { id: 'noCharacterMap', data: {} };
  }
  if (missing.length === 0) return undefined;
  const characters = `${missing.slice(0, 12).join('')}${missing.length > 12 ? '…' : ''}`;
  return { id: missing.length === 1 ? 'missingGlyph' : 'missingGlyphs', data: { count: missing.length, characters } };
}
