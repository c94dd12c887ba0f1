// requests/row-total: a given 总计 equals the sum of the six applicant cells of its row.
import { checkGivenTotals } from '../totals.js';
import type { SubmissionRule } from '../types.js';

export const rowTotal: SubmissionRule = {
  scope: 'submission',
  code: 'requests/row-total',
  check: (submission) => checkGivenTotals(submission, submission.model.requestRowTotals),
};
