// appeals/total: a given 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import { checkGivenTotals } from '../totals.js';
import type { SubmissionRule } from '../types.js';

export const appealsTotal: SubmissionRule = {
  scope: 'submission',
  code: 'appeals/total',
  check: (submission) => checkGivenTotals(submission, submission.model.appealTotals),
};
