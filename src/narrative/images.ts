// Images in the office's Markdown. The HTML page is self-contained, so a local image is
// read and embedded (and the PDF draws it); an image on another site would be a live
// request from a published page, so it is refused with a located warning and its alt
// text printed instead.
import type MarkdownIt from 'markdown-it';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { joinPath, type InputFiles } from '../load/files.js';
import type { NarrativeSource } from './render.js';

export interface EmbeddedImage {
  readonly mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/svg+xml';
  readonly bytes: Uint8Array;
}

/** Images by their `src` as markdown-it reads it (renderers look them up by that). */
export type NarrativeImages = ReadonlyMap<string, EmbeddedImage>;

export interface ImageReference {
  readonly src: string;
  readonly line: number;
  readonly column: number;
}

let parser: Promise<MarkdownIt> | undefined;

/**
 * The Markdown parser, loaded the first time a narrative has an image: a build whose prose
 * has none (most) does not load markdown-it before its PDF job, only for the HTML after it.
 */
function markdown(): Promise<MarkdownIt> {
  return (parser ??= import('markdown-it').then(({ default: MarkdownIt }) => new MarkdownIt({ html: false })));
}

/** Every image of a narrative, where its `![` stands (inline or by reference, `![alt][ref]`: both begin so). */
export async function imageReferences(source: NarrativeSource): Promise<ImageReference[]> {
  if (!source.text.includes('![')) return [];
  const parsed = (await markdown()).parse(source.text, {});
  const lines = source.text.split('\n');
  const out: ImageReference[] = [];
  for (const token of parsed) {
    const images = (token.children ?? []).filter((child) => child.type === 'image');
    if (images.length === 0 || !token.map) continue;
    // The k-th image of a block is the k-th `![` in its lines.
    const starts: { line: number; column: number }[] = [];
    for (let l = token.map[0]; l < token.map[1]; l++) {
      for (let at = lines[l].indexOf('!['); at >= 0; at = lines[l].indexOf('![', at + 2)) starts.push({ line: l + 1, column: at + 1 });
    }
    images.forEach((image, k) => {
      const start = starts[k] ?? { line: token.map![0] + 1, column: 1 };
      out.push({ src: image.attrGet('src') ?? '', line: start.line + (source.lineOffset ?? 0), column: start.column });
    });
  }
  return out;
}

/** A scheme (https:, ftp:) or a protocol-relative //host: not a file beside the narrative. */
const isRemote = (src: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** The image type from the file's first bytes, not its name. */
export function sniffImage(bytes: Uint8Array): EmbeddedImage['mime'] | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

/** markdown-it percent-encodes a src (空格 → %20); the file is named by the decoded text. */
function decodedPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

const dirOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** Reads the local images of the narratives; remote ones are warnings, missing or unreadable ones errors. */
export async function embedImages(sources: readonly NarrativeSource[], files: InputFiles): Promise<{ images: NarrativeImages; diagnostics: Diagnostic[] }> {
  const images = new Map<string, EmbeddedImage>();
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    for (const { src, line, column } of await imageReferences(source)) {
      const at = { file: source.file, line, column };
      if (src.startsWith('data:')) continue; // already inside the page
      if (isRemote(src)) {
        diagnostics.push(createDiagnostic('narrative/remote-image', { ...at, data: { src } }));
        continue;
      }
      const path = joinPath(dirOf(source.file), decodedPath(src));
      const bytes = files.read(path);
      const mime = bytes && sniffImage(bytes);
      if (!bytes || !mime) {
        diagnostics.push(createDiagnostic('narrative/missing-image', { ...at, messageId: bytes ? 'notImage' : 'missing', data: { file: path } }));
        continue;
      }
      images.set(src, { mime, bytes });
    }
  }
  return { images, diagnostics };
}
