// previous/year: previous.json is the report on the year before this one.
import type { ProjectRule } from '../types.js';

export const previousYear: ProjectRule = {
  scope: 'project',
  code: 'previous/year',
  check({ config, previous }) {
    if (!previous || previous.year === config.year - 1) return [];
    return [
      {
        target: previous.target,
        path: ['year'],
        data: { year: String(previous.year), expected: config.year - 1, reportYear: config.year },
      },
    ];
  },
};
