// previous/region: previous.json is this region's report (its `name` is the region).
import type { ProjectRule } from '../types.js';

export const previousRegion: ProjectRule = {
  scope: 'project',
  code: 'previous/region',
  check({ config, previous }) {
    if (!previous || config.region === undefined || previous.name === config.region) return [];
    return [
      {
        target: previous.target,
        path: ['name'],
        message: `last year's report is ${String(previous.name)}'s: expected ${config.region}'s (region in report.yaml)`,
        hint: `name ${config.region}'s own report.json of last year as \`previous:\` in report.yaml`,
      },
    ];
  },
};
