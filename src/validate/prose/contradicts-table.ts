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
        const written = `${tie.number.written}${tie.number.unit}`;
        findings.push({
          part,
          offset: tie.number.offset,
          message: `the text says ${written}, but the table gives ${tie.term.label} = ${tie.printed}`,
          hint: `write ${tie.term.placeholder} so the text prints the table's figure`,
        });
      }
    }
    return findings;
  },
};
