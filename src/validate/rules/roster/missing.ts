// roster/missing: every agency on the roster has sent its submission.
import type { ProjectFinding, ProjectRule } from '../types.js';

export const rosterMissing: ProjectRule = {
  scope: 'project',
  code: 'roster/missing',
  check({ roster, submissions }) {
    if (!roster) return [];
    const sent = new Set(submissions.flatMap((s) => s.covers.map((u) => u.id)));
    return roster.entries
      .filter((entry) => !sent.has(entry.id))
      .map(
        (entry): ProjectFinding => ({
          target: roster.target,
          path: entry.path,
          message: `${entry.name} (\`${entry.id}\`) is on the roster but sent no submission`,
          hint: `ask for it, or build with --allow-missing to publish without it`,
        }),
      );
  },
};
