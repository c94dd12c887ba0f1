// group/mismatch: a submission names one subtotal group and the roster another.
import type { ProjectFinding, ProjectRule } from '../types.js';
import { declaredGroups, rosterById, rosterGroupPath } from './declared.js';

export const groupMismatch: ProjectRule = {
  scope: 'project',
  code: 'group/mismatch',
  check(project) {
    if (declaredGroups(project).length === 0) return [];
    const roster = rosterById(project);
    const findings: ProjectFinding[] = [];
    for (const s of project.submissions) {
      const entry = s.id === undefined ? undefined : roster.get(s.id);
      if (s.group === undefined || entry?.group === undefined || entry.group === s.group) continue;
      const { line, column } = project.roster!.target.locate(rosterGroupPath(entry));
      findings.push({
        target: s.target,
        path: ['group'],
        data: { group: s.group, file: project.roster!.target.file, line, column, id: s.id!, rosterGroup: entry.group },
      });
    }
    return findings;
  },
};
