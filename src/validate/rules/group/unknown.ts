// group/unknown: a submission or roster entry names a subtotal group report.yaml does not
// declare; summed into the total but into no group, the subtotals would not add up.
// Without `groups:` the report has no subtotals, and a unit's group is not used.
import { closest } from 'fastest-levenshtein';
import type { ProjectFinding, ProjectRule } from '../types.js';
import { declaredGroups, groupList, rosterGroupPath } from './declared.js';


export const groupUnknown: ProjectRule = {
  scope: 'project',
  code: 'group/unknown',
  check(project) {
    const groups = declaredGroups(project);
    if (groups.length === 0) return [];
    const findings: ProjectFinding[] = [];
    for (const s of project.submissions) {
      if (s.group === undefined || groups.includes(s.group)) continue;
      findings.push({ target: s.target, path: ['group'], data: { group: s.group, groups: groupList(groups), guess: closest(s.group, [...groups]) } });
    }
    const roster = project.roster;
    for (const entry of roster?.entries ?? []) {
      if (entry.group === undefined || groups.includes(entry.group)) continue;
      findings.push({ target: roster!.target, path: rosterGroupPath(entry), messageId: 'roster', data: { id: entry.id, group: entry.group, groups: groupList(groups), guess: closest(entry.group, [...groups]) } });
    }
    return findings;
  },
};
