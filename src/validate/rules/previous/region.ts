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
        data: { name: String(previous.name), region: config.region },
      },
    ];
  },
};
