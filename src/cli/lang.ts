// Choosing the language at the edge: `--lang en` (or `--lang=en`) wins over REPORT_LANG,
// and zh-CN is the default. Read from argv before commander parses, because commander's
// own help and errors must already be in that language.
import { defaultLang, languages, parseLang, type Lang } from '../diagnostics/lang.js';
import { UsageError } from '../diagnostics/errors.js';
import { oneOf } from '../diagnostics/messages/localized.js';

export function chooseLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i];
    if (arg === '--') continue;
    const given = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (given === undefined) continue;
    const lang = parseLang(given);
    if (!lang) throw new UsageError('lang-unknown', { given, choices: oneOf(languages) });
    return lang;
  }
  return parseLang(env.REPORT_LANG) ?? defaultLang;
}

let current: Lang = defaultLang;

/** The language of this run, set once by main. */
export function currentLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
}
