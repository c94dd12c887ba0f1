// report.yaml `explanations:`: findings the office accepts, each with its reason. An
// explained finding is still shown (with the reason), and it no longer fails the run —
// except an error in the tables, which must be fixed rather than explained.
import type { Diagnostic } from './diagnostic.js';
import { messageText } from './messages/index.js';

export interface ExplanationRule {
  readonly code: string;
  readonly path?: string;
  readonly quote?: string;
  readonly reason: string;
}

/** Only findings about the prose, and warnings, may be explained away. */
export function explainable(d: Diagnostic): boolean {
  return d.severity === 'warning' || d.code.startsWith('narrative/');
}

function relativeTo(dir: string, file: string): string {
  const base = dir === '' || dir === '.' ? '' : `${dir.replace(/\/+$/, '')}/`;
  return base && file.startsWith(base) ? file.slice(base.length) : file;
}

export function matches(e: ExplanationRule, d: Diagnostic, dir: string, sources: ReadonlyMap<string, string>): boolean {
  if (e.code !== d.code) return false;
  if (e.path !== undefined && e.path !== relativeTo(dir, d.file) && e.path !== d.file && e.path !== d.path.join('.')) return false;
  if (e.quote !== undefined) {
    const line = d.line > 0 ? sources.get(d.file)?.split(/\r?\n/)[d.line - 1] : undefined;
    // The message in either language: an office quotes the words it read.
    if (!(line?.includes(e.quote) || d.message.includes(e.quote) || messageText(d, 'zh-CN').includes(e.quote))) return false;
  }
  return true;
}

/** Marks each diagnostic an explanation matches with that explanation's reason. */
export function applyExplanations(
  diagnostics: readonly Diagnostic[],
  explanations: readonly ExplanationRule[],
  dir: string,
  sources: ReadonlyMap<string, string>,
): Diagnostic[] {
  if (explanations.length === 0) return [...diagnostics];
  return diagnostics.map((d) => {
    const e = explanations.find((x) => matches(x, d, dir, sources));
    return e ? { ...d, explained: e.reason } : d;
  });
}

/** The explanations (by index) that match none of the diagnostics: a typo, or a finding since fixed. */
export function unusedExplanations(
  explanations: readonly ExplanationRule[],
  diagnostics: readonly Diagnostic[],
  dir: string,
  sources: ReadonlyMap<string, string>,
): number[] {
  return explanations.flatMap((e, i) => (diagnostics.some((d) => matches(e, d, dir, sources)) ? [] : [i]));
}
