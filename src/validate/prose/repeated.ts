// narrative/repeated: more than half of the sentences of parts 一 and 五, numbers masked,
// are the same as last year's (previous.json carries last year's rendered text).
import type { ProseCheck, ProsePartName } from './types.js';

const compared: readonly ProsePartName[] = ['overview', 'problems'];

/** Sentences with numbers masked and spaces dropped; very short ones ("无。") do not count. */
export function maskedSentences(text: string): string[] {
  return text
    .split(/[。！？!?；;\n]+/)
    .map((s) => s.replace(/[0-9０-９]+(?:[.,．][0-9０-９]+)*/g, '#').replace(/\s+/g, ''))
    .filter((s) => s.length >= 6);
}

export const repeated: ProseCheck = {
  code: 'narrative/repeated',
  check(context) {
    const previous = context.previous;
    if (!previous || !compared.some((p) => previous[p] !== undefined)) return [];
    const last = new Set(compared.flatMap((p) => maskedSentences(previous[p] ?? '')));
    const parts = context.parts.filter((p) => compared.includes(p.part));
    const sentences = parts.flatMap((p) => maskedSentences(p.rendered ?? p.text));
    const same = sentences.filter((s) => last.has(s));
    if (sentences.length === 0 || same.length * 2 <= sentences.length) return [];
    return [
      {
        part: parts[0],
        offset: 0,
        data: { same: same.length, total: sentences.length, example: same[0] },
      },
    ];
  },
};
