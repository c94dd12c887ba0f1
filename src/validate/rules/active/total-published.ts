// active/total-published: gb2019's 对外公开总数量 cannot be smaller than 本年新公开数量.
import { formatCount } from '../../../numbers/format.js';
import type { RuleFinding, SubmissionRule } from '../types.js';

export const totalPublished: SubmissionRule = {
  scope: 'submission',
  code: 'active/total-published',
  check({ model, figures }) {
    const findings: RuleFinding[] = [];
    for (const cell of model.cells) {
      if (cell.path[0] !== 'active_disclosure' || cell.path[2] !== 'total_published') continue;
      const row = cell.path.slice(0, 2);
      const published = figures([...row, 'published']);
      const total = figures(cell.path);
      if (published === undefined || total === undefined || total >= published) continue;
      const publishedLabel = model.labels.get([...row, 'published'].join('.'))!;
      findings.push({
        path: cell.path,
        data: { label: cell.label, value: formatCount(total), publishedLabel, published: formatCount(published) },
        related: [{ path: [...row, 'published'], label: publishedLabel, value: formatCount(published) }],
      });
    }
    return findings;
  },
};
