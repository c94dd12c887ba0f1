// The document's streams (page contents, font files, ToUnicode maps) as pdfkit writes
// them, made cheaper: pdfkit makes each line of a page's content bytes on its own (a
// Uint8Array a line, filled a character at a time) and joins them when the stream ends;
// here the lines are kept as one string and made bytes once, and the stream is deflated
// at the level given (pdfkit takes zlib's default, 6).
import { deflateSync } from 'node:zlib';
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** The part of pdfkit's PDFReference a stream is written through (not in pdfkit's types). */
interface StreamReference {
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  readonly data: { Length?: number; Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** The document's references, each made through `ref` (not in pdfkit's types). */
interface References {
  ref(data?: Record<string, unknown>): StreamReference;
  readonly page: { readonly content: StreamReference };
}

/**
 * Every stream of `doc` from now on, and the first page's content (made with the
 * document), written as described above and deflated at `level` (0–9). The bytes a stream
 * holds are those pdfkit would give it: latin1 keeps each character's low byte, as
 * pdfkit's fromBinaryString does.
 */
export function writeStreams(doc: Doc, level: number): void {
  const d = doc as unknown as References;
  const ref = d.ref.bind(d);
  d.ref = (data) => keptAsText(ref(data), level);
  keptAsText(d.page.content, level);
}

function keptAsText(reference: StreamReference, level: number): StreamReference {
  let lines = '';
  const flush = (): void => {
    if (lines === '') return;
    reference.buffer.push(Buffer.from(lines, 'latin1'));
    lines = '';
  };
  reference.write = (chunk) => {
    let length: number;
    if (chunk instanceof Uint8Array) {
      flush();
      reference.buffer.push(chunk);
      length = chunk.length;
    } else {
      const line = `${chunk}\n`;
      lines += line;
      length = line.length;
    }
    reference.uncompressedLength += length;
    reference.data.Length = (reference.data.Length ?? 0) + length;
    if (reference.compress) reference.data.Filter = 'FlateDecode';
  };
  const finalize = reference.finalize.bind(reference);
  reference.finalize = () => {
    flush();
    if (reference.compress && reference.buffer.length > 0) {
      const whole = reference.buffer.length === 1 ? reference.buffer[0] : Buffer.concat(reference.buffer);
      // Deflated here, so pdfkit writes the bytes as they are (its Filter is already set).
      reference.buffer = [deflateSync(whole, { level })];
      reference.compress = false;
    }
    finalize();
  };
  return reference;
}
