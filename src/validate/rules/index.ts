// Every consistency rule, one explicit list sorted by code.
import { negativeItems } from './active/negative-items.js';
import { totalPublished } from './active/total-published.js';
import { appealsTotal } from './appeals/total.js';
import { carriedOver } from './continuity/carried-over.js';
import { balance } from './requests/balance.js';
import { resultsTotal } from './requests/results-total.js';
import { rowTotal } from './requests/row-total.js';
import { rosterMissing } from './roster/missing.js';
import { rosterUnknown } from './roster/unknown.js';
import { submissionDuplicate } from './submission/duplicate.js';
import { submissionFormat } from './submission/format.js';
import { submissionYear } from './submission/year.js';
import type { ProjectRule, Rule, SubmissionRule } from './types.js';

export const rules: readonly Rule[] = [
  negativeItems,
  totalPublished,
  appealsTotal,
  carriedOver,
  balance,
  resultsTotal,
  rowTotal,
  rosterMissing,
  rosterUnknown,
  submissionDuplicate,
  submissionFormat,
  submissionYear,
];

export const submissionRules = rules.filter((r): r is SubmissionRule => r.scope === 'submission');
export const projectRules = rules.filter((r): r is ProjectRule => r.scope === 'project');
