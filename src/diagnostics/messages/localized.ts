// Rendering the CLI's own sentences (usage errors, what a command wrote): a template per
// language with named data, as the diagnostics' catalog, where a value may itself be in
// both languages (a list joined with “or”/“或”, a count with its English plural).
import type { Lang } from '../lang.js';
import type { Template } from './types.js';
import { renderTemplate } from './index.js';

/** A value of a template's data: the same in both languages, or one per language. */
export type WordValue = string | number | Template;
export type WordData = Readonly<Record<string, WordValue>>;

const inLang = (value: WordValue, lang: Lang): string | number => (typeof value === 'object' ? value[lang] : value);

export function renderWords(template: Template, data: WordData, lang: Lang): string {
  return renderTemplate(template[lang], Object.fromEntries(Object.entries(data).map(([name, value]) => [name, inLang(value, lang)])));
}

/** A template rendered in both languages: the value of another template's data. */
export function bothLanguages(template: Template, data: WordData = {}): Template {
  return { 'zh-CN': renderWords(template, data, 'zh-CN'), en: renderWords(template, data, 'en') };
}

/** Choices: “a or b”, “a, b or c”; “a或b”, “a、b或c”. */
export function oneOf(items: readonly string[]): Template {
  const [last, ...rest] = [...items].reverse();
  if (rest.length === 0) return { 'zh-CN': last ?? '', en: last ?? '' };
  const before = rest.reverse();
  return { 'zh-CN': `${before.join('、')}或${last}`, en: `${before.join(', ')} or ${last}` };
}

/** A list: “a, b, c”; “a、b、c”. */
export function listOf(items: readonly string[]): Template {
  return { 'zh-CN': items.join('、'), en: items.join(', ') };
}

/** “1 file”, “2 files”; “1个文件”. */
export function countOf(n: number, en: string, zh: string): Template {
  return { 'zh-CN': `${n}${zh}`, en: `${n} ${en}${n === 1 ? '' : 's'}` };
}

/** What the system said when a file or folder could not be used, in Chinese by its error code. */
const systemErrors: Readonly<Record<string, string>> = {
  ENOENT: '文件或文件夹不存在',
  EACCES: '没有访问权限',
  EPERM: '系统不允许此操作',
  EEXIST: '已有同名的文件',
  ENOTDIR: '路径中有一项不是文件夹',
  EISDIR: '这是一个文件夹，不是文件',
  ENOSPC: '磁盘空间不足',
  EROFS: '只读的文件系统',
  EBUSY: '文件正被其他程序占用',
  EMFILE: '打开的文件过多',
};

/** A system error as a reason: Chinese for the codes above (with the code), the system's own words in English. */
export function systemReason(error: unknown): Template {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const zh = code !== undefined && Object.hasOwn(systemErrors, code) ? `${systemErrors[code]}（${code}）` : message;
  return { 'zh-CN': zh, en: message };
}
