// --strict and --allow-missing, applied in one place at the edge: which diagnostics
// fail the run, and at what severity each is shown.
import type { Diagnostic } from './diagnostic.js';
import { explainable } from './explain.js';

export interface SeverityOptions {
  readonly strict: boolean;
  readonly allowMissing: boolean;
}

/** roster/missing becomes a warning with --allow-missing. */
export function applySeverityOptions(diagnostics: readonly Diagnostic[], { allowMissing }: SeverityOptions): Diagnostic[] {
  return diagnostics.map((d) => (allowMissing && d.code === 'roster/missing' ? { ...d, severity: 'warning' } : d));
}

/**
 * Errors always fail; warnings fail only with --strict; notes (how an import read a
 * figure) never. A finding explained in report.yaml does not fail, unless it is an error
 * in the tables (those must be fixed).
 */
export function severeEnoughToFail(diagnostics: readonly Diagnostic[], { strict }: SeverityOptions): boolean {
  return diagnostics.some((d) => !(d.explained !== undefined && explainable(d)) && (d.severity === 'error' || (strict && d.severity === 'warning')));
}
