// submission/year: every submission reports on the report's year.
import type { ProjectFinding, ProjectRule } from '../types.js';

export const submissionYear: ProjectRule = {
  scope: 'project',
  code: 'submission/year',
  check({ config, submissions }) {
    const findings: ProjectFinding[] = [];
    for (const s of submissions) {
      if (typeof s.year !== 'number' || s.year === config.year) continue;
      findings.push({
        target: s.target,
        path: ['year'],
        data: { year: s.year, expected: config.year },
      });
    }
    return findings;
  },
};
