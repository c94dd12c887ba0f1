// narrative/empty-problems: part 五 (存在的主要问题及改进情况) missing, empty or only "无";
// evaluators deduct for it.
import type { ProseCheck, ProseFinding } from './types.js';

const nothing = /^(?:暂?无|没有|无问题)?[。.]?$/;

export const emptyProblems: ProseCheck = {
  code: 'narrative/empty-problems',
  check(context): ProseFinding[] {
    const part = context.parts.find((p) => p.part === 'problems');
    if (!part) return [{ offset: 0, path: ['narrative'], messageId: 'missing', data: {} }];
    const words = part.text.replace(/\s+/g, '');
    if (!nothing.test(words)) return [];
    return [words === '' ? { part, offset: 0, messageId: 'empty', data: {} } : { part, offset: 0, messageId: 'only', data: { words } }];
  },
};
