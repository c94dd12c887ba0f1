// The Diagnostic record: one problem, where it is, and what was expected.
import { byCodeUnit } from '../order.js';
import type { Code } from './catalog.js';

export type Severity = 'error' | 'warning';

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
  readonly message: string;
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

/** Code-unit order (never localeCompare): file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.code, b.code) || byCodeUnit(a.message, b.message);
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}
