// What every command's action shares: choosing and running a reporter, the exit status
// (the common flags themselves are declared in commands.ts).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/errors.js';
import { reporters } from '../diagnostics/reporters/index.js';
import type { Verdict } from '../diagnostics/reporters/types.js';
import { applySeverityOptions, severeEnoughToFail } from '../diagnostics/severity.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { currentLang } from './lang.js';
import { oneOf } from '../diagnostics/messages/localized.js';

export interface CommonOptions {
  readonly strict?: boolean;
  readonly allowMissing?: boolean;
  readonly reporter: string;
  readonly quiet?: boolean;
  readonly color: boolean;
  readonly debug?: boolean;
}

export interface Reported {
  readonly text: string;
  readonly failed: boolean;
}

/** Applies --strict/--allow-missing, sorts, and renders the diagnostics. */
export function report(
  diagnostics: readonly Diagnostic[],
  options: CommonOptions,
  context: { sources: ReadonlyMap<string, string>; files: number; verdicts?: readonly Verdict[] },
): Reported {
  const reporter = reporters[options.reporter];
  if (!reporter) throw new UsageError('reporter-unknown', { given: options.reporter, choices: oneOf(Object.keys(reporters)) });
  const severityOptions = { strict: options.strict === true, allowMissing: options.allowMissing === true };
  const adjusted = sortDiagnostics(applySeverityOptions(diagnostics, severityOptions));
  const failed = severeEnoughToFail(adjusted, severityOptions);
  const shown = options.quiet ? adjusted.filter((d) => d.severity === 'error' || (options.strict && d.severity === 'warning')) : adjusted;
  const color = options.color && !process.env.NO_COLOR && process.stdout.isTTY === true;
  const text = reporter(shown, { color, lang: currentLang(), sources: context.sources, files: context.files, summary: !options.quiet, ...(context.verdicts ? { verdicts: context.verdicts } : {}) });
  return { text, failed };
}

/**
 * 0 clean, 1 invalid input, 2 bad configuration: report.yaml, or a file it names (the
 * roster, previous.json, a narrative, a font) that is missing or unreadable.
 */
export function exitStatus(diagnostics: readonly Diagnostic[], failed: boolean, configFailed: boolean): number {
  if (configFailed || diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('config/'))) return 2;
  return failed ? 1 : 0;
}
