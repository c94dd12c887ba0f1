// requests/balance: 一 + 二 = 三（七）总计 + 四, for every applicant column and for 总计.
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
  check({ figures, model }) {
    const findings: RuleFinding[] = [];
    for (const column of model.requestColumns) {
      const path = (row: keyof typeof rows) => ['requests', ...rows[row].key, ...column.path];
      const [r, c, t, f] = (['received', 'carriedOver', 'resultsTotal', 'carriedForward'] as const).map((row) => figures(path(row)));
      if (r === undefined || c === undefined || t === undefined || f === undefined) continue;
      if (r + c === t + f) continue;
      const n = formatCount;
      findings.push({
        path: path('carriedForward'),
        message: `${column.label} (${column.path.join('.')}): ${rows.received.word} ${n(r)} + ${rows.carriedOver.word} ${n(c)} = ${n(r + c)}, but ${rows.resultsTotal.word} ${n(t)} + ${rows.carriedForward.word} ${n(f)} = ${n(t + f)}`,
        hint: 'every application received or carried over is either decided this year (三) or carried forward (四)',
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
