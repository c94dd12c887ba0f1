// Instructions left in a narrative ("（写明本年度工作中存在的主要问题和改进措施。）", as
// `report init` writes them): published word for word, they are an error, not prose.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NarrativeSource } from './render.js';

/** What `report init` writes where the office's own text belongs. */
export const initInstructions = {
  problems: '（写明本年度工作中存在的主要问题和改进措施。）',
  other: '（写明其他需要报告的事项。）',
} as const;

/** An instruction in full-width brackets: （写明…）, （请填写…）, （此处填写…）. */
const instruction = /（(?:写明|请填写|请写明|此处填写|在此填写)[^（）\n]*）/g;

export function unfilledInstructions(source: NarrativeSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const match of source.text.matchAll(instruction)) {
    const before = source.text.slice(0, match.index);
    const line = before.split('\n').length + (source.lineOffset ?? 0);
    const column = match.index - before.lastIndexOf('\n');
    diagnostics.push(
      createDiagnostic('narrative/unfilled', {
        file: source.file,
        line,
        column,
        data: { instruction: match[0] },
      }),
    );
  }
  return diagnostics;
}
