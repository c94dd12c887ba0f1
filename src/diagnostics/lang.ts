// The languages messages, help and reporters' words are written in. zh-CN is the default:
// the people who run `report` read Chinese; `--lang en` or REPORT_LANG=en gives English.
export const languages = ['zh-CN', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'zh-CN';

/** `en`, `en-US`, `zh`, `zh_CN.UTF-8` … → a language, or undefined for one we do not have. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase().replace('_', '-');
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en.')) return 'en';
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh.') || v === 'cn') return 'zh-CN';
  return undefined;
}
