// `report import` without the disk: a published report's bytes → a submission YAML, the
// notes on how each figure was read, and the verdict of every rule on it, located in the
// original document.
import { createHash } from 'node:crypto';
import { createDiagnostic } from './diagnostics/create.js';
import type { Diagnostic, Place } from './diagnostics/diagnostic.js';
import { countBySeverity } from './diagnostics/diagnostic.js';
import type { Verdict } from './diagnostics/reporters/types.js';
import { pathKey } from './formats/cells.js';
import { loadSource } from './load/source.js';
import type { ReadDocument } from './read/types.js';
import type { ImportFinding } from './read/published/findings.js';
import { readIdentity, type IdentityOptions } from './read/published/identity.js';
import { proseParts, readProcessingFees } from './read/published/prose.js';
import { checkReportProse } from './prose.js';
import type { PublishedDocument } from './read/published/document.js';
import { SubmissionDraft } from './read/published/read-cells.js';
import { readTables } from './read/published/tables/index.js';
import { submissionYaml } from './render/submission-yaml.js';
import type { SubmissionValidator } from './validate/run.js';

export type ImportOptions = IdentityOptions;

export interface ImportedReport {
  /** The document as the user named it. */
  readonly file: string;
  /** The submission's file name: the document's base name with .yaml. */
  readonly output: string;
  /** The submission, when the document could be read at all. */
  readonly yaml?: string;
  /** The submission as the rules saw it (for previous.json). */
  readonly value?: Record<string, unknown>;
  readonly diagnostics: readonly Diagnostic[];
  readonly verdict: Verdict;
}

export type DocumentKind = 'pdf' | 'docx' | 'html';

/** Told by the bytes, not the name: %PDF, a zip (Word), else a web page. */
export function documentKind(bytes: Uint8Array): DocumentKind | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF') || head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/<(!doctype|html|head|body|table|meta|p|div)[\s>]/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 65536)))) return 'html';
  return undefined;
}

export async function readDocument(kind: DocumentKind, bytes: Uint8Array): Promise<PublishedDocument> {
  // Each reader's parser (pdf.js, fflate, htmlparser2) loads only when a document of its kind is read.
  if (kind === 'pdf') return (await import('./read/published/pdf.js')).readPdf(bytes);
  if (kind === 'docx') return (await import('./read/published/docx.js')).readDocx(bytes);
  return (await import('./read/published/html.js')).readHtml(bytes);
}

const baseName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');

function verdictOf(file: string, output: string | undefined, diagnostics: readonly Diagnostic[]): Verdict {
  const { errors, warnings, notes = 0 } = countBySeverity(diagnostics);
  return { file, ...(output ? { output } : {}), verdict: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean', errors, warnings, notes };
}

/** Where in the document a key path was read: its own cell, or the first cell read under it. */
function placeFinder(places: ReadonlyMap<string, Place>): (path: readonly string[]) => Place | undefined {
  return (path) => {
    const key = pathKey(path);
    const own = places.get(key);
    if (own || key === '') return own;
    for (const [k, place] of places) if (k.startsWith(`${key}.`)) return place;
    return undefined;
  };
}

/** Blank cells are many: one note per table for those read as 0, one for the totals left out. */
function blankNotes(draft: SubmissionDraft): ImportFinding[] {
  const groups = new Map<string, { place: Place; zeros: number; totals: number; first?: Place; firstTotal?: Place }>();
  for (const b of draft.blanks) {
    const where = b.place.kind === 'table' ? `table ${b.place.table}` : b.place.kind === 'page' ? `page ${b.place.page}` : b.place.sheet;
    const g = groups.get(where) ?? { place: b.place, zeros: 0, totals: 0 };
    if (b.total) {
      g.totals++;
      g.firstTotal ??= b.place;
    } else {
      g.zeros++;
      g.first ??= b.place;
    }
    groups.set(where, g);
  }
  return [...groups.values()].flatMap((g) => [
    ...(g.zeros > 0 ? [{ code: 'import/blank-zero' as const, place: g.first, ...(g.zeros === 1 ? {} : { messageId: 'many' }), data: { count: g.zeros } }] : []),
    ...(g.totals > 0 ? [{ code: 'import/total-blank' as const, place: g.firstTotal, ...(g.totals === 1 ? {} : { messageId: 'many' }), data: { count: g.totals } }] : []),
  ]);
}

export async function importReport(file: string, bytes: Uint8Array, options: ImportOptions, validate: SubmissionValidator): Promise<ImportedReport> {
  const base = baseName(file);
  const output = `${base}.yaml`;
  const located = (f: ImportFinding): Diagnostic => createDiagnostic(f.code, { file, line: 0, column: 0, place: f.place, path: f.path, messageId: f.messageId, data: f.data });
  const kind = documentKind(bytes);
  if (!kind) {
    const d = located({ code: 'import/not-a-report', data: {} });
    return { file, output, diagnostics: [d], verdict: verdictOf(file, undefined, [d]) };
  }
  let document: PublishedDocument;
  try {
    document = await readDocument(kind, bytes);
  } catch (error) {
    const d = located({ code: 'import/not-a-report', messageId: 'unreadable', data: { kind: kind === 'docx' ? 'Word' : kind.toUpperCase(), reason: String((error as Error)?.message ?? error).split('\n')[0] } });
    return { file, output, diagnostics: [d], verdict: verdictOf(file, undefined, [d]) };
  }
  if (document.problems.length > 0) {
    const problems = document.problems.map((p) => ({ ...p, file }));
    return { file, output, diagnostics: problems, verdict: verdictOf(file, undefined, problems) };
  }
  const { identity, findings } = readIdentity(base, document.title, document.text, options);
  if (identity.year === undefined || identity.format === undefined) {
    const d = located({
      code: 'import/no-year',
      ...(identity.year === undefined ? { data: {} } : { messageId: 'year', data: { year: identity.year } }),
    });
    const diagnostics = [...findings.map(located), d];
    return { file, output, diagnostics, verdict: verdictOf(file, undefined, diagnostics) };
  }
  const format = identity.format;
  const { draft } = readTables(document.tables, format);
  readProcessingFees(draft, format, document.text);
  const values = new Map([...draft.values].map(([k, v]) => [k, v.value]));
  const source = `${base}${file.slice(file.lastIndexOf(base) + base.length)}`;
  // The first line is the mark report import knows its own files by (src/cli/import.ts); the second says it in Chinese.
  const comments = [`imported by \`report import\` from ${source}: check it against the original`, `由 \`report import\` 从 ${source} 导入：请与原文核对`];
  const yaml = submissionYaml({ id: identity.id, name: identity.name, year: identity.year, format }, values, comments, draft.undivided);
  const notes = [...findings, ...draft.findings, ...blankNotes(draft)].map(located);
  // What the rules check is exactly the YAML written, read back; their findings are located
  // in the original document (the reader's locator), where each figure was read.
  const loaded = loadSource(output, new TextEncoder().encode(yaml));
  if (!loaded.ok) throw new Error(`import wrote YAML it cannot read back: ${loaded.diagnostics[0]?.message}`);
  const where = placeFinder(draft.places);
  const read: ReadDocument = {
    file,
    value: loaded.source.value,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    locate: (path) => {
      const place = where(path);
      return place ? { line: 0, column: 0, place } : { line: 0, column: 0 };
    },
  };
  const checked = validate(read, format);
  // The text against the tables, as for a report of our own; every figure in a published
  // text is literal, so that finding alone is not repeated for each.
  const prose = checkReportProse({ format, year: identity.year, value: loaded.source.value, file, parts: proseParts(document.text).map((p) => ({ ...p, file })) })
    .filter((d) => d.code !== 'narrative/literal-figure')
    .map((d) => ({ ...d, file, line: 0, column: 0 }));
  const diagnostics = [...notes, ...checked.diagnostics, ...prose];
  return { file, output, yaml, value: loaded.source.value, diagnostics, verdict: verdictOf(file, output, diagnostics) };
}
