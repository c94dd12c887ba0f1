// The commands' own lines on stderr (what was written, what to do next, why a run
// stopped), as templates with named data in both languages; diagnostics and usage errors
// have catalogs of their own (src/diagnostics/messages/).
import type { Lang } from '../diagnostics/lang.js';
import type { Template } from '../diagnostics/messages/types.js';
import { renderWords, type WordData } from '../diagnostics/messages/localized.js';
import { currentLang } from './lang.js';

export const cliWords = {
  'usage-error': { 'zh-CN': 'report：{text}', en: 'report: {text}' },
  'internal-error': { 'zh-CN': 'report：内部错误：{text}', en: 'report: internal error: {text}' },
  'internal-error-debug': {
    'zh-CN': 'report：内部错误：{text}（加 --debug 可查看调用栈）',
    en: 'report: internal error: {text} (run with --debug for the stack trace)',
  },
  'init-created': {
    'zh-CN': '已创建 {dir}：下一步，为每个单位运行 `report new <单位代码> --name 名称 --dir {dir}`，然后运行 `report build {dir}`',
    en: 'created {dir}: next, `report new <agency-id> --name 名称 --dir {dir}` for each agency, then `report build {dir}`',
  },
  'new-wrote-yaml': {
    'zh-CN': '已写出 {output}（{format}，{year}年）：填写数字后运行 report validate',
    en: 'wrote {output} ({format}, {year}): fill in the figures, then run report validate',
  },
  'new-wrote-xlsx': {
    'zh-CN': '已写出 {output}（{format}，{year}年）：发给该单位填写，只需填写黄色单元格',
    en: 'wrote {output} ({format}, {year}): send it to the agency; only the yellow cells are filled in',
  },
  'convert-wrote': { 'zh-CN': '已写出 {file}', en: 'wrote {file}' },
  'build-wrote': { 'zh-CN': '已把{files}写到 {dir}{removed}', en: 'wrote {files} to {dir}{removed}' },
  'build-removed': {
    'zh-CN': '；删除了上次生成、本次未生成的{files}',
    en: '; removed {files} an earlier build wrote and this one did not',
  },
  'build-kept': {
    'zh-CN': 'report：{file} 保持原样：它由上次生成写出，但此后被改动过',
    en: 'report: left {file} in place: an earlier build wrote it, but it has been changed since',
  },
  'build-nothing-written': {
    'zh-CN': 'report：未写出任何文件：请先改正上面的错误',
    en: 'report: nothing written: fix the errors above first',
  },
  'stopped': { 'zh-CN': 'report：收到 {signal}，已停止；{state}', en: 'report: stopped by {signal}; {state}' },
  'stopped-written': { 'zh-CN': '输出已写出', en: 'the outputs were written' },
  'stopped-nothing-written': { 'zh-CN': '未写出任何文件，输出文件夹保持原样', en: 'nothing written; the output folder is as it was' },
  'progress-scan': { 'zh-CN': '已检查{done}/{total}个文件', en: '{done}/{total} files checked' },
  'progress-render': { 'zh-CN': '已生成{done}/{total}份报告', en: '{done}/{total} reports rendered' },
  'watch-watching': { 'zh-CN': '正在监视输入文件的变化（按 Ctrl-C 停止）', en: 'watching the inputs for changes (Ctrl-C to stop)' },
  'watch-changed': { 'zh-CN': '\n已更改：{files}；重新生成', en: '\nchanged: {files}; rebuilding' },
  'watch-more': { 'zh-CN': '{files} 等另{more}个文件', en: '{files} and {more} more' },
  'watch-kept': { 'zh-CN': '{dir} 中仍是上一次成功生成的文件', en: '{dir} still holds the last good build' },
  'watch-error': {
    'zh-CN': 'report：无法监视部分文件（{error}）；这些文件变化后不会自动重新生成',
    en: 'report: some files cannot be watched ({error}); changes to them start no rebuild',
  },
  'watch-stopped': { 'zh-CN': '已停止监视', en: 'stopped watching' },
  'preview-serving': {
    'zh-CN': '预览地址：{url}（仅本机可访问；每次生成后页面自动刷新）',
    en: 'preview at {url} (this machine only; the page reloads after each build)',
  },
  'preview-waiting': {
    'zh-CN': '报告尚未生成（report.html 还不存在）；生成后本页自动刷新。',
    en: 'report.html has not been built yet; this page reloads once it is.',
  },
} as const satisfies Record<string, Template>;

export type CliWordId = keyof typeof cliWords;

/** One line of the commands' own, in `lang` (the run's language unless given). */
export function cliText(id: CliWordId, data: WordData = {}, lang: Lang = currentLang()): string {
  return renderWords(cliWords[id], data, lang);
}
