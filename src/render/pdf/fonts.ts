// Fonts parsed once per build and shared by every PDF of it; pdfkit embeds a subset of
// each per document.
import { create, type Font, type FontCollection } from 'fontkit';

export interface PdfFonts {
  readonly body: Font;
  readonly heading: Font;
}

function single(font: Font | FontCollection): Font {
  return 'fonts' in font ? font.fonts[0] : font;
}

export function openFonts(body: Uint8Array, heading: Uint8Array): PdfFonts {
  const bodyFont = single(create(Buffer.from(body.buffer, body.byteOffset, body.byteLength)));
  const headingFont = heading === body ? bodyFont : single(create(Buffer.from(heading.buffer, heading.byteOffset, heading.byteLength)));
  return { body: bodyFont, heading: headingFont };
}
