// The default reporter: file:line:column, severity, code, message, then the source line
// with a caret under the column, the hint, and the other cells a rule compared.
import { countBySeverity } from '../diagnostic.js';
import type { Reporter } from './types.js';
import { locationOf } from './place.js';
import { displayWidth } from './width.js';

const ansi = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

const verdictStyle = { clean: 'green', warnings: 'yellow', errors: 'red' } as const;

export const prettyReporter: Reporter = (diagnostics, { color, sources, files, verdicts, summary = true }) => {
  const paint = (style: keyof typeof ansi, text: string): string => (color ? `\u001b[${ansi[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const place = locationOf(d.file, d);
    const severity = d.severity === 'error' ? paint('red', 'error') : d.severity === 'note' ? paint('cyan', 'note') : paint('yellow', 'warning');
    lines.push(`${paint('bold', place)}  ${severity}  ${paint('dim', d.code)}  ${d.message}`);
    const sourceLine = d.line > 0 && !d.place ? sources.get(d.file)?.split(/\r?\n/)[d.line - 1] : undefined;
    if (sourceLine !== undefined) {
      const gutter = String(d.line).padStart(5);
      lines.push(`${paint('dim', `${gutter} |`)} ${sourceLine}`);
      const pad = ' '.repeat(displayWidth(sourceLine.slice(0, d.column - 1)));
      lines.push(`${paint('dim', `${' '.repeat(5)} |`)} ${pad}${paint(d.severity === 'error' ? 'red' : 'yellow', '^')}`);
    }
    if (d.hint) lines.push(`      ${paint('cyan', 'hint:')} ${d.hint}`);
    if (d.explained !== undefined) lines.push(`      ${paint('green', 'explained:')} ${d.explained}`);
    for (const r of d.related ?? []) lines.push(`      ${paint('dim', `related: ${r.label} = ${r.value} at ${locationOf(d.file, r)}`)}`);
    lines.push('');
  }
  for (const v of verdicts ?? []) {
    const counts = [`${v.errors} error${v.errors === 1 ? '' : 's'}`, `${v.warnings} warning${v.warnings === 1 ? '' : 's'}`, `${v.notes} note${v.notes === 1 ? '' : 's'}`].join(', ');
    lines.push(`${paint(verdictStyle[v.verdict], v.verdict.padEnd(8))}  ${v.file}${v.output ? ` → ${v.output}` : ''}  (${counts})`);
  }
  if (verdicts?.length) lines.push('');
  if (!summary) return lines.join('\n');
  const { errors, warnings, notes } = countBySeverity(diagnostics);
  const fileWord = `${files} file${files === 1 ? '' : 's'}`;
  const noteWords = notes ? `, ${notes} note${notes === 1 ? '' : 's'}` : '';
  if (errors === 0 && warnings === 0) lines.push(paint('green', `✔ ${fileWord} checked, no problems`));
  else lines.push(`${errors > 0 ? paint('red', '✖') : paint('yellow', '!')} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${noteWords} in ${fileWord}`);
  return lines.join('\n') + '\n';
};
