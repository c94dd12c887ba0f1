// roster/missing: every agency on the roster has sent its submission. A file that could
// not be loaded may be the one: named after the agency's id, it answers for it (its load/*
// error says what is wrong); otherwise the message names the unreadable files.
import type { ProjectFinding, ProjectRule } from '../types.js';

const stem = (file: string): string => file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');

export const rosterMissing: ProjectRule = {
  scope: 'project',
  code: 'roster/missing',
  check({ roster, submissions, unreadable = [] }) {
    if (!roster) return [];
    const sent = new Set(submissions.flatMap((s) => s.covers.map((u) => u.id)));
    const unreadableStems = new Set(unreadable.map(stem));
    return roster.entries
      .filter((entry) => !sent.has(entry.id) && !unreadableStems.has(entry.id))
      .map(
        (entry): ProjectFinding => ({
          target: roster.target,
          path: entry.path,
          ...(unreadable.length === 0 ? { data: { name: entry.name, id: entry.id } } : { messageId: 'unreadable', data: { name: entry.name, id: entry.id, files: unreadable.join(', ') } }),
        }),
      );
  },
};
