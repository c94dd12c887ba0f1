// The Diagnostic record: one problem, where it is, and what was expected.
import { byCodeUnit } from '../order.js';
import type { Code } from './catalog.js';

/** A note says how a value was read (an import); it never fails a run. */
export type Severity = 'error' | 'warning' | 'note';

/**
 * Where a value was read when the input is not a text file with lines: a workbook cell,
 * a cell of a table in a published HTML/DOCX report, or a spot on a PDF page. A position
 * is data; printing it is the reporter's job (as vfile's messages do).
 */
export type Place =
  | { readonly kind: 'cell'; readonly sheet: string; readonly cell: string }
  | { readonly kind: 'table'; readonly table: number; readonly row: number; readonly column: number }
  | { readonly kind: 'page'; readonly page: number; readonly x: number; readonly y: number };

/** A line and column in a text file, or (line and column 0) a place in a workbook or document. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly place?: Place;
}

/** Something diagnostics can point into: a file and a way to find a key path in it. */
export interface Locatable {
  readonly file: string;
  locate(path: readonly string[], at?: 'value' | 'key'): Position;
  /** The text a scalar was written as (`1e400`, `99999999999999999999999`), where the reader keeps it. */
  written?(path: readonly string[]): string | undefined;
  /** Reads what `locate` needs, for a file read again only when a diagnostic points into it. */
  ready?(): Promise<void>;
}

export interface Related {
  readonly path: readonly string[];
  readonly line: number;
  readonly column: number;
  readonly place?: Place;
  readonly label: string;
  readonly value: string;
}

export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  /** In English, rendered from the message catalog; reporters render the template again in the chosen language. */
  readonly message: string;
  /** Which of the code's templates (src/diagnostics/messages/); 'default' when absent. */
  readonly messageId?: string;
  /** The named values the template shows: stable across languages (the JSON reporter prints them). */
  readonly data?: Readonly<Record<string, string | number>>;
  readonly file: string;
  /** 1-based; 0 when the problem concerns a whole file that has no lines. */
  readonly line: number;
  readonly column: number;
  /** Set when the file is a workbook or a published document (line and column are then 0). */
  readonly place?: Place;
  readonly path: readonly string[];
  readonly hint?: string;
  readonly related?: readonly Related[];
  /** The reason report.yaml `explanations:` gives for accepting this finding. */
  readonly explained?: string;
}

/** Code-unit order (never localeCompare): file, line, column (or place), code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || comparePlaces(a.place, b.place) || byCodeUnit(a.code, b.code) || byCodeUnit(a.message, b.message);
}

/** Places in reading order: sheet, then row, then column (B before AA); tables and pages likewise. */
function comparePlaces(a: Place | undefined, b: Place | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  if (a.kind !== b.kind) return byCodeUnit(a.kind, b.kind);
  if (a.kind === 'cell' && b.kind === 'cell') {
    const [, ac = '', ar = '0'] = /^([A-Z]*)(\d*)$/.exec(a.cell) ?? [];
    const [, bc = '', br = '0'] = /^([A-Z]*)(\d*)$/.exec(b.cell) ?? [];
    return byCodeUnit(a.sheet, b.sheet) || Number(ar) - Number(br) || ac.length - bc.length || byCodeUnit(ac, bc);
  }
  if (a.kind === 'table' && b.kind === 'table') return a.table - b.table || a.row - b.row || a.column - b.column;
  if (a.kind === 'page' && b.kind === 'page') return a.page - b.page || a.y - b.y || a.x - b.x;
  return 0;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

/** Notes are counted only when there are some, so the summaries of runs without them stay as they were. */
export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number; notes?: number } {
  let errors = 0;
  let notes = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'note') notes++;
  }
  return { errors, warnings: list.length - errors - notes, ...(notes > 0 ? { notes } : {}) };
}
