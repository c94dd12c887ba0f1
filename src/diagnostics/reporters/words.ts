// The reporters' own words (severities, hint:, related:, the summary line) in each language.
import type { Lang } from '../lang.js';
import type { Severity } from '../diagnostic.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Words {
  readonly severity: Record<Severity, string>;
  readonly hint: string;
  readonly explained: string;
  /** What follows `hint:` and `explained:`: a space after the English colon, nothing after the full-width one. */
  readonly gap: string;
  related(label: string, value: string, where: string): string;
  counts(errors: number, warnings: number, notes: number): string;
  /** In the language's parentheses: full-width around Chinese. */
  parenthesized(text: string): string;
  clean(files: number): string;
  summary(errors: number, warnings: number, notes: number | undefined, files: number): string;
  verdict: Record<'clean' | 'warnings' | 'errors', string>;
}

export const words: Record<Lang, Words> = {
  'zh-CN': {
    severity: { error: '错误', warning: '警告', note: '提示' },
    hint: '建议：',
    explained: '已说明：',
    gap: '',
    related: (label, value, where) => `相关：${label} = ${value}（${where}）`,
    counts: (e, w, n) => `${e}个错误，${w}个警告，${n}条提示`,
    parenthesized: (text) => `（${text}）`,
    clean: (files) => `✔ 已检查${files}个文件，未发现问题`,
    summary: (e, w, n, files) => `${e}个错误，${w}个警告${n ? `，${n}条提示` : ''}（共${files}个文件）`,
    verdict: { clean: '通过', warnings: '有警告', errors: '有错误' },
  },
  en: {
    severity: { error: 'error', warning: 'warning', note: 'note' },
    hint: 'hint:',
    explained: 'explained:',
    gap: ' ',
    related: (label, value, where) => `related: ${label} = ${value} at ${where}`,
    counts: (e, w, n) => [plural(e, 'error'), plural(w, 'warning'), plural(n, 'note')].join(', '),
    parenthesized: (text) => `(${text})`,
    clean: (files) => `✔ ${plural(files, 'file')} checked, no problems`,
    summary: (e, w, n, files) => `${plural(e, 'error')}, ${plural(w, 'warning')}${n ? `, ${plural(n, 'note')}` : ''} in ${plural(files, 'file')}`,
    verdict: { clean: 'clean', warnings: 'warnings', errors: 'errors' },
  },
};
