// Runs the schema and the consistency rules and turns their key paths into located
// diagnostics. Keeps going after the first problem wherever it can.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { InternalError } from '../diagnostics/errors.js';
import { cellsOf, type Cell, type FormatCells } from '../formats/cells.js';
import { figuresOf, type Figures } from '../formats/figures.js';
import { findFormat, formatIds } from '../formats/index.js';
import type { FormatDescription } from '../formats/types.js';
import type { Locatable } from '../diagnostics/diagnostic.js';
import type { ReadDocument } from '../read/types.js';
import { layoutMismatches } from './layout.js';
import { submissionSchemaChecks } from './schema-checks.js';
import { projectRules, submissionRules } from './rules/index.js';
import type { ProjectContext, Rule, RuleFinding } from './rules/types.js';
import { schemaErrorsToDiagnostics } from '../schema/errors.js';

export interface CheckedSubmission {
  readonly source: ReadDocument;
  /** The format it was checked against; undefined when none could be told. */
  readonly format?: FormatDescription;
  readonly diagnostics: readonly Diagnostic[];
  /** The cells of that format, shared by every submission checked. */
  readonly model?: FormatCells;
  /** Its counts with totals completed, as the rules saw them (for consolidation). */
  readonly figures?: Figures;
}

export type SubmissionValidator = (source: ReadDocument, projectFormat?: FormatDescription) => CheckedSubmission;

export function findingToDiagnostic(rule: Rule, target: Locatable, finding: RuleFinding): Diagnostic {
  const { line, column, place } = target.locate(finding.path, finding.at);
  const related = finding.related?.map((r) => ({ ...r, ...target.locate(r.path) }));
  return createDiagnostic(rule.code, { file: target.file, line, column, place, path: finding.path, messageId: finding.messageId, data: finding.data, related });
}

function runRule<T>(rule: Rule, run: () => T): T {
  try {
    return run();
  } catch (cause) {
    throw new InternalError(`rule ${rule.code} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** A total left out whose cells add up beyond what is summed exactly: refused, never rounded. */
function beyondSafeDiagnostic(source: ReadDocument, cell: Cell): Diagnostic {
  const { line, column, place } = source.locate(cell.path);
  return createDiagnostic('schema/range', { file: source.file, line, column, place, path: cell.path, messageId: 'beyond-safe', data: { label: cell.label, path: cell.path.join('.'), max: Number.MAX_SAFE_INTEGER } });
}

/** Compiles the schemas once; the returned function checks one parsed submission. */
export function createSubmissionValidator(): SubmissionValidator {
  const schemaCheck = submissionSchemaChecks();
  return (source, projectFormat) => {
    const declared = source.value.format;
    const format = findFormat(declared) ?? projectFormat;
    if (!format) {
      const { line, column, place } = source.locate(declared === undefined ? [] : ['format'], declared === undefined ? 'key' : 'value');
      const [code, data] =
        declared === undefined
          ? (['schema/required', {}] as const)
          : (['schema/value', { found: JSON.stringify(declared) ?? String(declared), allowed: formatIds.join(', ') }] as const);
      return { source, diagnostics: [createDiagnostic(code, { file: source.file, line, column, place, path: ['format'], messageId: 'format', data })] };
    }
    const model = cellsOf(format);
    const check = schemaCheck(format);
    const target = source;
    const mismatches = layoutMismatches(source.value, format);
    const inMismatch = (pointer: string) => mismatches.some((m) => `${pointer}/`.startsWith(`/${m.path.join('/')}/`));
    const errors = check(source.value).filter((e) => !inMismatch(e.instancePath));
    const diagnostics = schemaErrorsToDiagnostics(errors, { value: source.value, target, model, schema: check.schema });
    for (const m of mismatches) {
      const { line, column, place } = target.locate(m.path, 'key');
      diagnostics.push(createDiagnostic('schema/layout', { file: source.file, line, column, place, path: m.path, messageId: m.messageId, data: m.data }));
    }
    const figures = figuresOf(source.value, model);
    for (const cell of figures.beyondSafe) diagnostics.push(beyondSafeDiagnostic(source, cell));
    // The rules would only restate the misplaced cells as broken sums.
    if (mismatches.length > 0) return { source, format, model, diagnostics, figures };
    const context = { value: source.value, figures, format, model };
    for (const rule of submissionRules) {
      for (const finding of runRule(rule, () => rule.check(context))) diagnostics.push(findingToDiagnostic(rule, source, finding));
    }
    return { source, format, model, diagnostics, figures };
  };
}

/** The rules across files: year, format, duplicates, roster. Files they point into are read again first. */
export async function validateProject(project: ProjectContext): Promise<Diagnostic[]> {
  const found = projectRules.flatMap((rule) => runRule(rule, () => rule.check(project)).map((finding) => ({ rule, finding })));
  await Promise.all([...new Set(found.map(({ finding }) => finding.target))].map((target) => target.ready?.()));
  return found.map(({ rule, finding }) => findingToDiagnostic(rule, finding.target, finding));
}
