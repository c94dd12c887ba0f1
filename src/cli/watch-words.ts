// What `report build --watch` and `report preview` say on stderr, in each language.
import type { Lang } from '../diagnostics/lang.js';

export interface WatchWords {
  watching: string;
  changed(files: readonly string[]): string;
  keptLastGood(outDir: string): string;
  watchError(message: string): string;
  serving(url: string): string;
  waiting: string;
  stopped: string;
}

const list = (files: readonly string[], more: (n: number) => string): string =>
  files.slice(0, 3).join(', ') + (files.length > 3 ? more(files.length - 3) : '');

export const watchWords: Record<Lang, WatchWords> = {
  'zh-CN': {
    watching: '正在监视输入文件的变化（按 Ctrl-C 停止）',
    changed: (files) => `\n已更改：${list(files, (n) => ` 等另${n}个文件`)}；重新生成`,
    keptLastGood: (outDir) => `${outDir} 中仍是上一次成功生成的文件`,
    watchError: (message) => `report：无法监视部分文件（${message}）；这些文件变化后不会自动重新生成`,
    serving: (url) => `预览地址：${url}（仅本机可访问；每次生成后页面自动刷新）`,
    waiting: '报告尚未生成（report.html 还不存在）；生成后本页自动刷新。',
    stopped: '已停止监视',
  },
  en: {
    watching: 'watching the inputs for changes (Ctrl-C to stop)',
    changed: (files) => `\nchanged: ${list(files, (n) => ` and ${n} more`)}; rebuilding`,
    keptLastGood: (outDir) => `${outDir} still holds the last good build`,
    watchError: (message) => `report: some files cannot be watched (${message}); changes to them start no rebuild`,
    serving: (url) => `preview at ${url} (this machine only; the page reloads after each build)`,
    waiting: 'report.html has not been built yet; this page reloads once it is.',
    stopped: 'stopped watching',
  },
};
