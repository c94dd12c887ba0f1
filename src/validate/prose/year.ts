// narrative/year: "YYYY年" or "YYYY年度" naming a year other than the report's, outside a
// comparison with last year (与2019年相比), a plan for the next (2021年将…) or a date
// early next year, when reports are written (2021年1月).
import { blankPlaceholders, normalizeDigits } from './text.js';
import type { ProseCheck, ProseFinding } from './types.js';

const yearPattern = /(?<![0-9])([12][0-9]{3})[ \t]*年(度)?/g;
const comparison = /比|较|相比|同比|增加|增长|减少|下降|上升|持平/;
const plan = /将|计划|拟|下一步|明年|下一年/;

function sentenceAround(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !/[。；;！？!?\n]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && !/[。；;！？!?\n]/.test(text[end])) end++;
  return text.slice(start, end);
}

/** Inside 《…》 a year is part of a title. */
function inTitle(text: string, offset: number): boolean {
  return text.lastIndexOf('《', offset) > text.lastIndexOf('》', offset);
}

export const narrativeYear: ProseCheck = {
  code: 'narrative/year',
  check(context) {
    const findings: ProseFinding[] = [];
    for (const part of context.parts) {
      const text = blankPlaceholders(normalizeDigits(part.text)).text;
      for (const m of text.matchAll(yearPattern)) {
        const year = Number(m[1]);
        if (year === context.year || inTitle(text, m.index!)) continue;
        const sentence = sentenceAround(text, m.index!);
        if (year === context.year - 1 && comparison.test(sentence)) continue;
        // 2024年将… (the plan for next year) and 2024年1月 (when the report on 2023 is written)
        if (year === context.year + 1 && (plan.test(sentence) || /^[ \t]*(?:[0-9]{1,2}|[一二三])月/.test(text.slice(m.index! + m[0].length)))) continue;
        findings.push({
          part,
          offset: m.index!,
          data: { written: m[0], year, reportYear: context.year, lastYear: context.year - 1, placeholder: '{{year}}' },
        });
      }
    }
    return findings;
  },
};
