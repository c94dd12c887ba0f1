// continuity/carried-over: this year's 上年结转 equals last year's 结转下年度继续办理 for
// the same unit, when previous.json lists per-unit figures.
import { formatCount } from '../../../numbers/format.js';
import type { ProjectFinding, ProjectRule } from '../types.js';

export const carriedOver: ProjectRule = {
  scope: 'project',
  code: 'continuity/carried-over',
  check({ previous, submissions }) {
    if (!previous) return [];
    const findings: ProjectFinding[] = [];
    for (const s of submissions) {
      const last = s.id === undefined ? undefined : previous.carriedForward.get(s.id);
      if (!last || s.covers.length !== 1) continue;
      for (const [column, lastValue] of Object.entries(last)) {
        const path = ['requests', 'carried_over', ...column.split('.')];
        const now = s.carriedOver?.[column];
        if (typeof now !== 'number' || now === lastValue) continue;
        findings.push({
          target: s.target,
          path,
          data: { column, value: formatCount(now), last: formatCount(lastValue), file: previous.file },
        });
      }
    }
    return findings;
  },
};
