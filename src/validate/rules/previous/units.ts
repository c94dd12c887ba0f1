// previous/units: most of last year's units report again this year; when fewer than half
// of them do, previous.json is probably another report's.
import type { ProjectRule } from '../types.js';

export const previousUnits: ProjectRule = {
  scope: 'project',
  code: 'previous/units',
  check({ previous, submissions }) {
    if (!previous || previous.unitIds.length === 0) return [];
    const now = new Set(submissions.flatMap((s) => s.covers.map((u) => u.id)));
    const matched = previous.unitIds.filter((id) => now.has(id)).length;
    if (matched * 2 >= previous.unitIds.length) return [];
    return [
      {
        target: previous.target,
        path: ['units'],
        at: 'key',
        data: { matched, total: previous.unitIds.length },
      },
    ];
  },
};
