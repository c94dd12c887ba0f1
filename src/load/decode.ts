// Bytes → text: accepts a UTF-8 BOM, reads Windows (CRLF) and old Mac (CR) line endings as
// LF, and names the usual ways a file is not UTF-8 text.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0 || (bytes.length === 3 && isBom(bytes))) {
    return fail('load/empty', file, 0, 0, 'the file is empty: expected a submission (a YAML mapping)', 'run `report new <agency-id> --name 名称` to write one with every cell 0');
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return fail('load/encoding', file, 1, 1, 'the file is UTF-16: expected UTF-8', 're-save the file as UTF-8 (in Notepad: 另存为 → 编码 → UTF-8)');
  }
  if (bytes.includes(0)) {
    return fail('load/binary', file, 0, 0, 'the file is binary (it holds NUL bytes): expected YAML text', 'submissions are plain-text .yaml files; an .xls or .docx cannot be read');
  }
  const body = isBom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: withLf(utf8.decode(body)) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(body);
    const at = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return fail(
      'load/encoding',
      file,
      line,
      column,
      'the file is not UTF-8: it looks like GBK/GB18030, as Windows editors save Chinese text by default',
      're-save the file as UTF-8 (in Notepad: 另存为 → 编码 → UTF-8), or convert it: iconv -f GB18030 -t UTF-8',
    );
  }
}

/** A text with CRLF and CR line endings as LF: a file saved on Windows reads as the same file. */
export function withLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The bytes of a text file with CRLF and CR line endings as LF (a CR byte is never part
 * of a UTF-8 sequence), so a file's hash does not change when git checks it out on Windows.
 */
export function bytesWithLf(bytes: Uint8Array): Uint8Array {
  return bytes.includes(0x0d) ? Buffer.from(withLf(Buffer.from(bytes).toString('latin1')), 'latin1') : bytes;
}

function isBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function fail(code: Parameters<typeof createDiagnostic>[0], file: string, line: number, column: number, message: string, hint: string): Decoded {
  return { ok: false, diagnostic: createDiagnostic(code, { file, line, column, message, hint }) };
}
