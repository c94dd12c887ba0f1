// `report build --embed-fonts`: the fonts the PDF uses, cut down to the characters the page
// prints and carried in report.html as WOFF2, so the page looks the same on every machine.
import subsetFont from 'subset-font';

const buffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const base64 = (bytes: Uint8Array): string => buffer(bytes).toString('base64');

/** Every character the page holds, once, in code point order (so the subset, and the page, are reproducible). */
export function pageCharacters(page: string): string {
  return [...new Set(page)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * @font-face rules for the body and heading fonts, and the page's font variables put
 * in front of the named fallbacks. The template prints them after its own :root rule.
 */
export async function embeddedFontFaces(fonts: { readonly body: Uint8Array; readonly heading: Uint8Array }, page: string): Promise<string> {
  const text = pageCharacters(page);
  // Glyphs reached only through layout substitutions (vertical forms and the like) are left
  // out: horizontal text does not use them, and WOFF2 compression time grows with every glyph.
  // subset-font tells the font's format from a Buffer's text: a plain Uint8Array (the single executable's fonts) would not do.
  const subset = async (font: Uint8Array) => base64(await subsetFont(buffer(font), text, { targetFormat: 'woff2', noLayoutClosure: true }));
  const body = await subset(fonts.body);
  const heading = fonts.heading === fonts.body ? body : await subset(fonts.heading);
  const face = (family: string, data: string) => `@font-face { font-family: "${family}"; src: url(data:font/woff2;base64,${data}) format("woff2"); font-display: block; }`;
  return [
    face('report-body', body),
    face('report-heading', heading),
    ':root { --body: "report-body", var(--body-fonts); --title: "report-heading", var(--title-fonts); --heading: "report-heading", var(--heading-fonts); }',
  ].join('\n');
}
