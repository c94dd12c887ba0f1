// requests/results-total: a given （七）总计 equals the sum of all result rows, column by column.
import { checkGivenTotals } from '../totals.js';
import type { SubmissionRule } from '../types.js';

export const resultsTotal: SubmissionRule = {
  scope: 'submission',
  code: 'requests/results-total',
  check: (submission) => checkGivenTotals(submission, submission.model.requestResultTotals),
};
