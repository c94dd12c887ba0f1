// `report explain [code]`: what a diagnostic code means and its severity, in the chosen
// language; without a code, every code.
import { catalog, type Code } from '../diagnostics/catalog.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Lang } from '../diagnostics/lang.js';
import { usageMessages } from '../diagnostics/messages/usage.js';
import { bothLanguages, oneOf } from '../diagnostics/messages/localized.js';
import { words } from '../diagnostics/reporters/words.js';
import { codeTitle } from '../diagnostics/titles.js';
import { byCodeUnit } from '../order.js';
import { currentLang } from './lang.js';

const codes = (Object.keys(catalog) as Code[]).sort(byCodeUnit);

/** One line per code: the code, its severity, what it means. */
export function explainText(given: string | undefined, lang: Lang): string {
  const line = (code: Code): string => `${code}  ${words[lang].severity[catalog[code].severity]}  ${codeTitle(code, lang)}`;
  if (given === undefined) return `${codes.map(line).join('\n')}\n`;
  if (Object.hasOwn(catalog, given)) return `${line(given as Code)}\n`;
  // `unreadable` → import/unreadable, load/unreadable; `import` → the import/ family.
  const near = codes.filter((c) => c.split('/').includes(given) || c.startsWith(`${given}/`));
  const suggestion = near.length > 0 && near.length <= 5 ? bothLanguages(usageMessages['code-suggestion'], { codes: oneOf(near) }) : '';
  throw new UsageError('code-unknown', { given, suggestion });
}

/** `report explain`: the code's line, or every code's, on stdout. */
export function explain(code: string | undefined): void {
  process.stdout.write(explainText(code, currentLang()));
}
