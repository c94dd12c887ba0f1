// Picks the reader for a file by its name and reads it through the InputFiles view.
import { createDiagnostic } from '../diagnostics/create.js';
import type { InputFiles } from '../load/files.js';
import type { Reader, ReadResult } from './types.js';
import { oldSpreadsheetReader, xlsxReader } from './xlsx/index.js';
import { yamlReader } from './yaml.js';

/** Every reader; the first whose extension matches reads the file, else YAML. */
export const readers: readonly Reader[] = [xlsxReader, oldSpreadsheetReader, yamlReader];

export function readerFor(file: string): Reader {
  const lower = file.toLowerCase();
  return readers.find((r) => r.extensions.some((ext) => lower.endsWith(ext))) ?? yamlReader;
}

/** Reads `path` with its reader; a file that cannot be read is a diagnostic. */
export async function readDocument(files: InputFiles, path: string): Promise<ReadResult> {
  const bytes = files.read(path);
  if (bytes === undefined) {
    return { ok: false, diagnostics: [createDiagnostic('load/unreadable', { file: path, line: 0, column: 0, data: {} })] };
  }
  return readerFor(path).read(path, bytes);
}

export type { Locator, ReadDocument, Reader, ReadResult } from './types.js';
