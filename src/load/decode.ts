// Bytes → text: accepts a UTF-8 BOM, reads Windows (CRLF) and old Mac (CR) line endings as
// LF, and names the usual ways a file is not UTF-8 text.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageData } from '../diagnostics/messages/index.js';
import { expectedSubmission, maxInputBytes, type ExpectedContent } from './expected.js';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(file: string, bytes: Uint8Array, expected: ExpectedContent = expectedSubmission): Decoded {
  if (bytes.length > maxInputBytes) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    return fail('load/too-large', file, 0, 0, 'default', { size, max: maxInputBytes / 1024 / 1024 });
  }
  if (bytes.length === 0 || (bytes.length === 3 && isBom(bytes))) {
    return fail('load/empty', file, 0, 0, expected.kind, {});
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return fail('load/encoding', file, 1, 1, 'utf16', {});
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return fail('load/encoding', file, 1, 1, 'utf16-no-bom', { order: utf16 });
  if (bytes.includes(0)) {
    return fail('load/binary', file, 0, 0, 'default', {});
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
    return fail('load/encoding', file, line, column, 'gbk', {});
  }
}

/**
 * Text saved as UTF-16 without a BOM: ASCII characters (keys, digits, line ends) put a NUL
 * in every second byte, on the odd bytes for little-endian and the even for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return 'little-endian';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return 'big-endian';
  return undefined;
}

/** A text with CRLF and CR line endings as LF: a file saved on Windows reads as the same file. */
export function withLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function isBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function fail(code: Parameters<typeof createDiagnostic>[0], file: string, line: number, column: number, messageId: string, data: MessageData): Decoded {
  return { ok: false, diagnostic: createDiagnostic(code, { file, line, column, messageId, data }) };
}
