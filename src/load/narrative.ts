// The office's narrative files named in report.yaml, read as text.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NarrativeSource } from '../narrative/render.js';
import { decodeSource } from './decode.js';
import { expectedNarrative } from './expected.js';
import { joinPath, type InputFiles } from './files.js';

export function readNarrative(files: InputFiles, dir: string, path: string): NarrativeSource | Diagnostic {
  const file = joinPath(dir, path);
  const bytes = files.read(file);
  if (bytes === undefined) {
    return createDiagnostic('config/file', { file, line: 0, column: 0, messageId: 'narrative', data: { file } });
  }
  const decoded = decodeSource(file, bytes, expectedNarrative);
  return decoded.ok ? { file, text: decoded.text } : decoded.diagnostic;
}
