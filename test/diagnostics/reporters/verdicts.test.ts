// Reporters print the verdict per imported report (report import); notes, which say how
// a figure was read, are counted apart and never shown as warnings.
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/diagnostics/create.js';
import { githubReporter } from '../../../src/diagnostics/reporters/github.js';
import { jsonReporter } from '../../../src/diagnostics/reporters/json.js';
import { prettyReporter } from '../../../src/diagnostics/reporters/pretty.js';

const diagnostics = [
  createDiagnostic('requests/row-total', { file: 'a.pdf', line: 0, column: 0, place: { kind: 'page', page: 3, x: 79.37, y: 104.9 }, path: ['requests', 'received', 'total'], data: { label: '总计', path: 'requests.received.total', value: '237', sum: '236', terms: '236 + 0' } }),
  createDiagnostic('import/blank-zero', { file: 'b.html', line: 0, column: 0, place: { kind: 'table', table: 2, row: 7, column: 4 }, messageId: 'many', data: { count: 3 } }),
];
const verdicts = [
  { file: 'a.pdf', output: 'out/a.yaml', verdict: 'errors' as const, errors: 1, warnings: 0, notes: 0 },
  { file: 'b.html', output: 'out/b.yaml', verdict: 'clean' as const, errors: 0, warnings: 0, notes: 1 },
];
const options = { color: false, lang: 'en' as const, sources: new Map<string, string>(), files: 2, verdicts };

describe('reporters with verdicts and notes', () => {
  it('pretty: a verdict line per report, notes counted apart', () => {
    const text = prettyReporter(diagnostics, options);
    expect(text).toContain('a.pdf:page 3 (x 79.37, y 104.9)  error  requests/row-total  总计 (requests.received.total) is 237, but its cells add up to 236: 236 + 0');
    expect(text).toContain('b.html:table 2 row 7 column 4  note  import/blank-zero  3 blank cells in this table read as 0 (the first here)');
    expect(text).toContain('errors    a.pdf → out/a.yaml  (1 error, 0 warnings, 0 notes)\nclean     b.html → out/b.yaml  (0 errors, 0 warnings, 1 note)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings, 1 note in 2 files');
  });

  it('pretty in Chinese: the verdict words and full-width parentheses', () => {
    const text = prettyReporter(diagnostics, { ...options, lang: 'zh-CN' });
    expect(text).toContain('有错误    a.pdf → out/a.yaml  （1个错误，0个警告，0条提示）\n通过      b.html → out/b.yaml  （0个错误，0个警告，1条提示）');
  });

  it('json: the verdicts under reports, notes in the summary', () => {
    const parsed = JSON.parse(jsonReporter(diagnostics, options));
    expect(parsed.diagnostics[1].severity).toBe('note');
    expect(parsed.summary).toEqual({ files: 2, errors: 1, warnings: 0, notes: 1 });
    expect(parsed.reports).toEqual(verdicts);
  });

  it('github: a note is a notice', () => {
    const text = githubReporter(diagnostics, options);
    expect(text).toContain('::notice file=b.html,title=b.html table 2 row 7 column 4%3A import/blank-zero::3 blank cells in this table read as 0 (the first here)');
    expect(text).toContain('::error file=a.pdf,title=');
  });
});
