// Runs the prose checks on narrative parts and turns offsets into located diagnostics.
// The one entry point for builds, `report validate` and imported reports.
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic, Place } from '../../diagnostics/diagnostic.js';
import { InternalError } from '../../diagnostics/errors.js';
import { vocabularyOf } from '../../formats/vocabulary.js';
import { proseChecks } from './index.js';
import type { ProseFinding, ProseInput } from './types.js';

export type { ProseInput, ProsePart, ProsePartName } from './types.js';

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function locate(input: ProseInput, finding: ProseFinding): { file: string; line: number; column: number; place?: Place } {
  const part = finding.part;
  if (!part) return { file: input.file, line: 1, column: 1 };
  if (part.place) return { file: part.file, line: 0, column: 0, place: part.place };
  const { line, column } = lineAndColumn(part.text, finding.offset);
  return { file: part.file, line: line + (part.lineOffset ?? 0), column: column + (part.indent ?? 0) };
}

/** Every finding of every prose check, located in the narrative files. */
export function checkProse(input: ProseInput): Diagnostic[] {
  const context = { ...input, terms: vocabularyOf(input.format, input.model) };
  const diagnostics: Diagnostic[] = [];
  for (const check of proseChecks) {
    let findings: ProseFinding[];
    try {
      findings = check.check(context);
    } catch (cause) {
      throw new InternalError(`check ${check.code} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    }
    for (const finding of findings) {
      const at = locate(input, finding);
      diagnostics.push(createDiagnostic(check.code, { ...at, path: finding.path ?? (finding.part ? ['narrative', finding.part.part] : []), messageId: finding.messageId, data: finding.data }));
    }
  }
  return diagnostics;
}
