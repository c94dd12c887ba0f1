// narrative/contradicts-table: a literal number the vocabulary ties to a figure differs from it.
import { tiesIn } from './ties.js';
import type { ProseCheck, ProseFinding } from './types.js';

export const contradictsTable: ProseCheck = {
  code: 'narrative/contradicts-table',
  check(context) {
    const findings: ProseFinding[] = [];
    for (const part of context.parts) {
      for (const tie of tiesIn(part, context)) {
        if (tie.equal) continue;
        findings.push({
          part,
          offset: tie.number.offset,
          data: { written: `${tie.number.written}${tie.number.unit}`, label: tie.term.label, printed: tie.printed, placeholder: tie.term.placeholder },
        });
      }
    }
    return findings;
  },
};
