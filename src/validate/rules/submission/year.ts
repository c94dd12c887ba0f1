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
        message: `the submission is for ${s.year}, but the report (report.yaml) is for ${config.year}`,
        hint: `check the file; if it is last year's, move it out of the submissions folder`,
      });
    }
    return findings;
  },
};
