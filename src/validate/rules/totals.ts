// The check shared by the three "a given total equals the sum of its cells" rules.
import { addCounts, type Count } from '../../numbers/count.js';
import { formatCount } from '../../numbers/format.js';
import type { TotalRelation } from '../../formats/cells.js';
import { valueAt } from '../../formats/figures.js';
import type { RuleFinding, SubmissionContext } from './types.js';

export function checkGivenTotals(submission: SubmissionContext, relations: readonly TotalRelation[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { total, addends } of relations) {
    const given = valueAt(submission.value, total.path);
    if (typeof given !== 'number' || !Number.isSafeInteger(given)) continue; // the schema reports 1.5, .inf, 1e400
    const values = addends.map((a) => submission.figures.at(a));
    if (values.some((v) => v === undefined)) continue;
    const sum = (values as number[]).reduce<Count>(addCounts, 0);
    if (sum === given) continue;
    findings.push({
      path: total.path,
      data: { label: total.label, path: total.path.join('.'), value: formatCount(given), sum: formatCount(sum), terms: values.map((v) => formatCount(v!)).join(' + ') },
      related: addends.map((a, i) => ({ path: a.path, label: a.label, value: formatCount(values[i]!) })),
    });
  }
  return findings;
}
