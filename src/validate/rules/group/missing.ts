// group/missing: report.yaml declares subtotal groups, and a unit is in none of them
// (neither its submission nor the roster names one).
import type { ProjectFinding, ProjectRule } from '../types.js';
import { declaredGroups, groupList, rosterById } from './declared.js';

export const groupMissing: ProjectRule = {
  scope: 'project',
  code: 'group/missing',
  check(project) {
    const groups = declaredGroups(project);
    if (groups.length === 0) return [];
    const roster = rosterById(project);
    const findings: ProjectFinding[] = [];
    for (const s of project.submissions) {
      if (s.id === undefined || s.group !== undefined || roster.get(s.id)?.group !== undefined) continue;
      findings.push({
        target: s.target,
        path: ['id'],
        data: { id: s.id, groups: groupList(groups), first: groups[0] },
      });
    }
    return findings;
  },
};
