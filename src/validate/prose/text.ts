// Reading numbers out of prose: each literal number with its unit, the words before it
// in its clause, and whether it sits in a comparison with last year. Placeholders
// ({{…}}) are not literal numbers. Offsets are those of the text as written.
import { Decimal } from 'decimal.js';

export interface LiteralNumber {
  readonly offset: number;
  /** As written, e.g. "3,517" or "12.5". */
  readonly written: string;
  readonly value: Decimal;
  /** The unit after it: 件, 元, 万元, %, 年 … or ''. */
  readonly unit: string;
  /** The words between the previous clause break, number or placeholder and this number. */
  readonly before: string;
  /** The clause it stands in, up to the number. */
  readonly clause: string;
  /** The sentence it stands in, whole. */
  readonly sentence: string;
}

const placeholder = /\{\{[\s\S]*?\}\}/g;
const number = /(?<![0-9.])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?(?![0-9])[ \t]*(万元|亿元|元|件次|件|宗|起|条|份|项|个|人次|次|%|年度|年|月|日|号)?/g;
const clauseBreak = /[，,。；;：:！？!?\n（()）]/;
const sentenceBreak = /[。；;！？!?\n]/;

/** Full-width digits and points read as ASCII, one code unit for one, so offsets hold. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => (c === '．' ? '.' : c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Placeholders blanked with spaces of the same length, so no number inside one is read. */
export function blankPlaceholders(text: string): { text: string; ends: number[] } {
  const ends: number[] = [];
  const blanked = text.replace(placeholder, (m, offset: number) => {
    ends.push(offset + m.length);
    return ' '.repeat(m.length);
  });
  return { text: blanked, ends };
}

function lastBreak(text: string, before: number, pattern: RegExp): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i])) return i + 1;
  return 0;
}

function nextBreak(text: string, from: number, pattern: RegExp): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i])) return i;
  return text.length;
}

export function literalNumbers(source: string): LiteralNumber[] {
  const { text, ends } = blankPlaceholders(normalizeDigits(source));
  const found: LiteralNumber[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(number)) {
    const offset = m.index!;
    const clauseStart = lastBreak(text, offset, clauseBreak);
    const placeholderEnd = Math.max(0, ...ends.filter((e) => e <= offset));
    const start = Math.max(clauseStart, previousEnd, placeholderEnd);
    const sentenceStart = lastBreak(text, offset, sentenceBreak);
    found.push({
      offset,
      written: m[1] + (m[2] ?? ''),
      value: new Decimal(m[1].replace(/,/g, '') + (m[2] ?? '')),
      unit: m[3] ?? '',
      before: text.slice(start, offset).trim(),
      clause: text.slice(clauseStart, offset).trim(),
      sentence: text.slice(sentenceStart, nextBreak(text, offset, sentenceBreak)),
    });
    previousEnd = offset + m[0].length;
  }
  return found;
}

/** Words that make a number a comparison with last year, or a change, rather than this year's figure. */
export const comparisonWords = /比上年|较上年|与上年|同比|上年(?!结转)|去年|上一年|比[0-9]{4}年|较[0-9]{4}年|增加|增长|减少|下降|上升|持平|提高|降低/;

/** Words that make a number part of the whole rather than the whole. */
export const partWords = ['分别', '市本级', '市级', '县级', '区级', '区县', '乡镇', '街道', '镇街', '平均', '每'];
