// narrative/literal-figure: a literal number that equals the figure it is tied to; a
// placeholder keeps it equal when the tables change.
import { tiesIn } from './ties.js';
import type { ProseCheck, ProseFinding } from './types.js';

export const literalFigure: ProseCheck = {
  code: 'narrative/literal-figure',
  check(context) {
    const findings: ProseFinding[] = [];
    for (const part of context.parts) {
      for (const tie of tiesIn(part, context)) {
        if (!tie.equal) continue;
        findings.push({
          part,
          offset: tie.number.offset,
          data: { written: `${tie.number.written}${tie.number.unit}`, label: tie.term.label, placeholder: tie.term.placeholder },
        });
      }
    }
    return findings;
  },
};
