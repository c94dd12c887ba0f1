// roster/duplicate: an agency id listed twice in the roster.
import type { ProjectFinding, ProjectRule } from '../types.js';

export const rosterDuplicate: ProjectRule = {
  scope: 'project',
  code: 'roster/duplicate',
  check({ roster }) {
    if (!roster) return [];
    const first = new Map<string, (typeof roster.entries)[number]>();
    const findings: ProjectFinding[] = [];
    for (const entry of roster.entries) {
      const earlier = first.get(entry.id);
      if (!earlier) {
        first.set(entry.id, entry);
        continue;
      }
      const { line } = roster.target.locate(earlier.path);
      findings.push({ target: roster.target, path: entry.path, data: { id: entry.id, line, name: earlier.name } });
    }
    return findings;
  },
};
