// The default reporter: file:line:column, severity, code, message, then the source line
// with a caret under the column, the hint, and the other cells a rule compared.
import { countBySeverity } from '../diagnostic.js';
import type { Reporter } from './types.js';
import { locationOf } from './place.js';
import { displayWidth } from './width.js';
import { words } from './words.js';
import { hintText, messageText } from '../messages/index.js';

const ansi = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

const verdictStyle = { clean: 'green', warnings: 'yellow', errors: 'red' } as const;

export const prettyReporter: Reporter = (diagnostics, { color, sources, files, verdicts, summary = true, lang }) => {
  const w = words[lang];
  const paint = (style: keyof typeof ansi, text: string): string => (color ? `\u001b[${ansi[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const place = locationOf(d.file, d, lang);
    const severity = paint(d.severity === 'error' ? 'red' : d.severity === 'note' ? 'cyan' : 'yellow', w.severity[d.severity]);
    lines.push(`${paint('bold', place)}  ${severity}  ${paint('dim', d.code)}  ${messageText(d, lang)}`);
    const sourceLine = d.line > 0 && !d.place ? sources.get(d.file)?.split(/\r?\n/)[d.line - 1] : undefined;
    if (sourceLine !== undefined) {
      const gutter = String(d.line).padStart(5);
      lines.push(`${paint('dim', `${gutter} |`)} ${sourceLine}`);
      const pad = ' '.repeat(displayWidth(sourceLine.slice(0, d.column - 1)));
      lines.push(`${paint('dim', `${' '.repeat(5)} |`)} ${pad}${paint(d.severity === 'error' ? 'red' : 'yellow', '^')}`);
    }
    const hint = hintText(d, lang);
    if (hint) lines.push(`      ${paint('cyan', w.hint)}${w.gap}${hint}`);
    if (d.explained !== undefined) lines.push(`      ${paint('green', w.explained)}${w.gap}${d.explained}`);
    for (const r of d.related ?? []) lines.push(`      ${paint('dim', w.related(r.label, r.value, locationOf(d.file, r, lang)))}`);
    lines.push('');
  }
  for (const v of verdicts ?? []) {
    const verdict = w.verdict[v.verdict];
    lines.push(`${paint(verdictStyle[v.verdict], verdict + ' '.repeat(Math.max(0, 8 - displayWidth(verdict))))}  ${v.file}${v.output ? ` → ${v.output}` : ''}  ${w.parenthesized(w.counts(v.errors, v.warnings, v.notes))}`);
  }
  if (verdicts?.length) lines.push('');
  if (!summary) return lines.join('\n');
  const { errors, warnings, notes } = countBySeverity(diagnostics);
  if (errors === 0 && warnings === 0) lines.push(paint('green', w.clean(files)));
  else lines.push(`${errors > 0 ? paint('red', '✖') : paint('yellow', '!')} ${w.summary(errors, warnings, notes, files)}`);
  return lines.join('\n') + '\n';
};
