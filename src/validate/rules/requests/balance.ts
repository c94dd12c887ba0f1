// requests/balance: 一 + 二 = 三（七）总计 + 四, for every applicant column and for 总计.
import { valueAt } from '../../../formats/figures.js';
import { addCounts } from '../../../numbers/count.js';
import { formatCount } from '../../../numbers/format.js';
import type { RuleFinding, SubmissionRule } from '../types.js';

const rows = {
  received: { key: ['received'], word: '本年新收' },
  carriedOver: { key: ['carried_over'], word: '上年结转' },
  resultsTotal: { key: ['results', 'total'], word: '（七）总计' },
  carriedForward: { key: ['carried_forward'], word: '结转下年度' },
} as const;

export const balance: SubmissionRule = {
  scope: 'submission',
  code: 'requests/balance',
  check({ figures, model, value }) {
    const findings: RuleFinding[] = [];
    const order = ['received', 'carriedOver', 'resultsTotal', 'carriedForward'] as const;
    for (const column of model.requestColumns) {
      const path = (row: keyof typeof rows) => ['requests', ...rows[row].key, ...column.path];
      // A 总计 column left out entirely balances whenever the six columns do.
      const given = order.filter((row) => valueAt(value, path(row)) !== undefined);
      if (given.length === 0) continue;
      const [r, c, t, f] = order.map((row) => figures(path(row)));
      if (r === undefined || c === undefined || t === undefined || f === undefined) continue;
      const [left, right] = [addCounts(r, c), addCounts(t, f)];
      if (left === right) continue;
      const n = formatCount;
      findings.push({
        path: path(given[given.length - 1]),
        data: { label: column.label, path: column.path.join('.'), received: n(r), carriedOver: n(c), left: n(left), resultsTotal: n(t), carriedForward: n(f), right: n(right) },
        related: (['received', 'carriedOver', 'resultsTotal'] as const).map((row, i) => ({
          path: path(row),
          label: `${rows[row].word} · ${column.label}`,
          value: n([r, c, t][i]),
        })),
      });
    }
    return findings;
  },
};
