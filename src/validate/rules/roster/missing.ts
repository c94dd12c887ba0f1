// roster/missing: every agency on the roster has sent its submission. A file that could
// not be loaded may be the one: named after the agency's id, it answers for it (its load/*
// error says what is wrong); otherwise the hint names the unreadable files.
import type { ProjectFinding, ProjectRule } from '../types.js';

const stem = (file: string): string => file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');

export const rosterMissing: ProjectRule = {
  scope: 'project',
  code: 'roster/missing',
  check({ roster, submissions, unreadable = [] }) {
    if (!roster) return [];
    const sent = new Set(submissions.flatMap((s) => s.covers.map((u) => u.id)));
    const unreadableStems = new Set(unreadable.map(stem));
    const unread = unreadable.length === 0 ? '' : `, unless it is in ${unreadable.join(', ')}, which could not be read`;
    return roster.entries
      .filter((entry) => !sent.has(entry.id) && !unreadableStems.has(entry.id))
      .map(
        (entry): ProjectFinding => ({
          target: roster.target,
          path: entry.path,
          message: `${entry.name} (\`${entry.id}\`) is on the roster but sent no submission${unread}`,
          hint: `ask for it, or build with --allow-missing to publish without it`,
        }),
      );
  },
};
