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
        data: { format: s.format, expected: config.format },
      });
    }
    return findings;
  },
};
