// roster/unknown: a submission from an agency the roster does not list.
import type { ProjectFinding, ProjectRule } from '../types.js';

export const rosterUnknown: ProjectRule = {
  scope: 'project',
  code: 'roster/unknown',
  check({ roster, submissions }) {
    if (!roster) return [];
    const listed = new Set(roster.entries.map((e) => e.id));
    const findings: ProjectFinding[] = [];
    for (const s of submissions) {
      if (s.id === undefined || listed.has(s.id) || s.covers.some((u) => listed.has(u.id))) continue;
      findings.push({
        target: s.target,
        path: ['id'],
        data: { id: s.id, file: roster.target.file },
      });
    }
    return findings;
  },
};
