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
        message: `last year's report is on ${String(previous.year)}: expected ${config.year - 1}, the year before this report's ${config.year}`,
        hint: `name the report on ${config.year - 1} as \`previous:\` in report.yaml; every 比上年 comparison is made with it`,
      },
    ];
  },
};
