// submission/format: every submission uses the report's national format.
import type { ProjectFinding, ProjectRule } from '../types.js';

export const submissionFormat: ProjectRule = {
  scope: 'project',
  code: 'submission/format',
  check({ config, submissions }) {
    const findings: ProjectFinding[] = [];
    for (const s of submissions) {
      if (typeof s.format !== 'string' || s.format === config.format) continue;
      findings.push({
        target: s.target,
        path: ['format'],
        message: `the submission uses format ${s.format}, but the report (report.yaml) uses ${config.format}`,
        hint: 'the format follows the year: gb2019 for 2019–2020, gb2021 from 2021',
      });
    }
    return findings;
  },
};
