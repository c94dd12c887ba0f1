// narrative/fees-contradiction (gb2021): information processing fees were charged, but
// part 六 says none were.
import { pathKey } from '../../formats/cells.js';
import type { ProseCheck } from './types.js';

const noFees = [
  /(?:未|没有|无|不|免)收(?:取)?[^。；;，,]{0,12}(?:信息处理费|费用|费)/,
  /(?:信息处理费|收费)[^。；;，,]{0,8}(?:为|共|计)?\s*(?<![0-9.])(?:0|零)(?:\.0+)?\s*元/,
  /^(?:暂?无)[。.]?$/,
];

export const feesContradiction: ProseCheck = {
  code: 'narrative/fees-contradiction',
  check(context) {
    if (!context.format.processingFees) return [];
    const read = (key: string): string | undefined => context.figures.get(pathKey(['processing_fees', key]))?.toString();
    const charged = read('charged');
    const collected = read('collected');
    if (!(Number(charged ?? 0) > 0 || Number(collected ?? 0) > 0)) return [];
    const part = context.parts.find((p) => p.part === 'other');
    if (!part) return [];
    const text = part.text.trim();
    for (const pattern of noFees) {
      const m = pattern.exec(text);
      if (!m) continue;
      return [
        {
          part,
          offset: part.text.indexOf(text) + m.index,
          data: { quote: m[0], charged: charged ?? '0', collected: collected ?? '0' },
        },
      ];
    }
    return [];
  },
};
