// roster/name: a submission's agency name differs from the roster's for the same id
// (a wrong id, or a name misspelt in one of the two).
import type { ProjectFinding, ProjectRule } from '../types.js';

export const rosterName: ProjectRule = {
  scope: 'project',
  code: 'roster/name',
  check({ roster, submissions }) {
    if (!roster) return [];
    const byId = new Map<string, (typeof roster.entries)[number]>();
    for (const entry of roster.entries) if (!byId.has(entry.id)) byId.set(entry.id, entry); // roster/duplicate reports the second
    const findings: ProjectFinding[] = [];
    for (const s of submissions) {
      const entry = s.id === undefined ? undefined : byId.get(s.id);
      if (!entry || s.name === undefined || s.name === entry.name) continue;
      findings.push({
        target: s.target,
        path: ['name'],
        data: { name: s.name, id: s.id!, rosterName: entry.name },
      });
    }
    return findings;
  },
};
