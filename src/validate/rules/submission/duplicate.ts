// submission/duplicate: no unit is counted twice, whether it sent two files or is also
// inside a consolidated report (through that report's `units`).
import type { ProjectFinding, ProjectRule } from '../types.js';

export const submissionDuplicate: ProjectRule = {
  scope: 'project',
  code: 'submission/duplicate',
  check({ submissions }) {
    const findings: ProjectFinding[] = [];
    const first = new Map<string, (typeof submissions)[number]>();
    for (const s of submissions) {
      for (const unit of s.covers) {
        const earlier = first.get(unit.id);
        if (!earlier) {
          first.set(unit.id, s);
          continue;
        }
        findings.push({
          target: s.target,
          path: unit.path,
          ...(unit.path[0] === 'units' ? { messageId: 'consolidated' } : {}),
          data: { id: unit.id, file: earlier.target.file },
        });
      }
    }
    return findings;
  },
};
