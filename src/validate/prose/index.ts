// Every check of the narrative against the tables, one explicit list sorted by code.
import { contradictsTable } from './contradicts-table.js';
import { emptyProblems } from './empty-problems.js';
import { feesContradiction } from './fees-contradiction.js';
import { literalFigure } from './literal-figure.js';
import { repeated } from './repeated.js';
import { narrativeYear } from './year.js';
import type { ProseCheck } from './types.js';

export const proseChecks: readonly ProseCheck[] = [
  contradictsTable,
  emptyProblems,
  feesContradiction,
  literalFigure,
  repeated,
  narrativeYear,
];
