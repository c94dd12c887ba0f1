// narrative/empty-problems: part 五 (存在的主要问题及改进情况) missing, empty or only "无";
// evaluators deduct for it.
import type { ProseCheck } from './types.js';

const nothing = /^(?:暂?无|没有|无问题)?[。.]?$/;

export const emptyProblems: ProseCheck = {
  code: 'narrative/empty-problems',
  check(context) {
    const part = context.parts.find((p) => p.part === 'problems');
    const hint = 'state the main problems of the year and what is being done about them (narrative.problems in report.yaml)';
    if (!part) return [{ offset: 0, path: ['narrative'], message: 'part 五 (存在的主要问题及改进情况) is not written: the report would print only "无"', hint }];
    const words = part.text.replace(/\s+/g, '');
    if (!nothing.test(words)) return [];
    return [{ part, offset: 0, message: `part 五 (存在的主要问题及改进情况) says only "${words || '(nothing)'}"`, hint }];
  },
};
