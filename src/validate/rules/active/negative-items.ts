// active/negative-items: gb2019's 上一年项目数量 + 本年增/减 is this year's number of items,
// which cannot be below 0.
import { formatCount } from '../../../numbers/format.js';
import type { RuleFinding, SubmissionRule } from '../types.js';

export const negativeItems: SubmissionRule = {
  scope: 'submission',
  code: 'active/negative-items',
  check({ model, figures }) {
    const findings: RuleFinding[] = [];
    for (const cell of model.cells) {
      if (cell.path[0] !== 'active_disclosure' || cell.path[2] !== 'change') continue;
      const row = cell.path.slice(0, 2);
      const previousPath = [...row, 'previous_items'];
      const previous = figures(previousPath);
      const change = figures(cell.path);
      if (previous === undefined || change === undefined || previous + change >= 0) continue;
      const previousLabel = model.labels.get(previousPath.join('.'))!;
      findings.push({
        path: cell.path,
        data: { label: cell.label, value: formatCount(change), previousLabel, previous: formatCount(previous), result: formatCount(previous + change) },
        related: [{ path: previousPath, label: previousLabel, value: formatCount(previous) }],
      });
    }
    return findings;
  },
};
