// Who and when a published report is about: the year and the agency's name from its
// title, the id from the file name. Each can be given instead (--year, --name).
import { formatForYear } from '../../formats/index.js';
import { idPattern as idText } from '../../formats/shared.js';
import type { FormatDescription } from '../../formats/types.js';
import type { ImportFinding } from './findings.js';

export interface Identity {
  readonly id: string;
  readonly name: string;
  readonly year?: number;
  readonly format?: FormatDescription;
}

export interface IdentityOptions {
  readonly year?: number;
  readonly format?: FormatDescription;
  readonly name?: string;
}

const idPattern = new RegExp(idText);

/** The base name made into an id: letters, digits, - and _ only. */
export function idFromFileName(base: string): string {
  const cleaned = base.normalize('NFKC').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '').replace(/-{2,}/g, '-');
  return idPattern.test(cleaned) ? cleaned : 'report';
}

export function readIdentity(base: string, title: string | undefined, text: string, options: IdentityOptions): { identity: Identity; findings: ImportFinding[] } {
  const findings: ImportFinding[] = [];
  const id = idFromFileName(base);
  if (id !== base) findings.push({ code: 'import/identity', path: ['id'], messageId: 'id', data: { id, base } });
  const stated = /((?:19|20)\d{2})\s*年/.exec(title ?? '') ?? /((?:19|20)\d{2})\s*年度?[^。\n]{0,30}?年度?报告/.exec(text.slice(0, 2000));
  const year = options.year ?? (stated ? Number(stated[1]) : undefined);
  // The format is the one the year uses, never the notice a preface cites.
  const format = options.format ?? (year === undefined ? undefined : formatForYear(year));
  let name = options.name;
  if (name === undefined) {
    const fromTitle = (title ?? '')
      .replace(/\s+/g, '')
      .replace(/(?:19|20)\d{2}年度?/, '')
      .replace(/(?:政府)?信息公开(?:工作)?年度?报告.*$/, '')
      .replace(/^关于/, '')
      .replace(/[（(].*[)）]$/, '');
    name = fromTitle || base;
    findings.push({ code: 'import/identity', path: ['name'], ...(fromTitle ? { messageId: 'name-title', data: { name, title: title! } } : { messageId: 'name-file', data: { name } }) });
  }
  return { identity: { id, name, year, format }, findings };
}
