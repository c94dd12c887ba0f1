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
      findings.push({ target: roster.target, path: entry.path, message: `\`${entry.id}\` is on the roster twice (also at line ${line}, ${earlier.name})`, hint: 'list each agency once; give different agencies different ids' });
    }
    return findings;
  },
};
