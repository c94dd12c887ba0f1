// Subtotal groups, on random projects: a build either refuses with a group/* error, or
// every unit is in exactly one declared group and the group subtotals add up to the total.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/formats/index.js';
import { submissionArbitrary } from '../helpers/generate.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';

const declared = ['市级部门', '区县（市）', '乡镇（街道）'];
/** Where a unit's group comes from: its submission, the roster, both (agreeing or not), or nowhere. */
const placement = fc.constantFrom('submission', 'roster', 'both', 'disagree', 'undeclared', 'none');

const unit = fc.record({
  value: submissionArbitrary(formats.gb2021, fc.constant('x'), 2023),
  group: fc.constantFrom(...declared),
  placement,
});

describe('group subtotals', () => {
  it('add up to the total on random projects, or the build names the unit at fault', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { minLength: 1, maxLength: 5 }), async (units) => {
        const files: Record<string, string> = { 'report.yaml': reportYaml('gb2021', 2023, `roster: roster.yaml\ngroups: [${declared.join(', ')}]\n`) };
        const roster: string[] = [];
        units.forEach(({ value, group, placement: where }, i) => {
          const id = `u${i}`;
          const own = where === 'submission' || where === 'both' ? group : where === 'disagree' ? declared[(declared.indexOf(group) + 1) % declared.length] : where === 'undeclared' ? '其他' : undefined;
          const listed = where === 'roster' || where === 'both' || where === 'disagree' ? group : undefined;
          files[`submissions/${id}.yaml`] = stringify({ ...value, id, name: `单位${i}`, ...(own ? { group: own } : {}) });
          roster.push(`  - {id: ${id}, name: 单位${i}${listed ? `, group: ${listed}` : ''}}`);
        });
        files['roster.yaml'] = `agencies:\n${roster.join('\n')}\n`;
        const result = await buildProject(files, projectOptions(['json']));
        const faulty = units.filter((u) => ['disagree', 'undeclared', 'none'].includes(u.placement)).length;
        const groupErrors = result.diagnostics.filter((d) => d.code.startsWith('group/'));
        expect(groupErrors).toHaveLength(faulty);
        expect(result.failed).toBe(faulty > 0);
        if (result.failed) return;
        const { total, groups } = result.consolidation!;
        expect(groups.map((g) => g.name)).toEqual(declared);
        expect(groups.reduce((n, g) => n + g.unitCount, 0)).toBe(total.unitCount);
        for (const [key, value] of total.figures) {
          if (typeof value !== 'number') continue;
          expect(groups.reduce((n, g) => n + ((g.figures.get(key) as number | undefined) ?? 0), 0), key).toBe(value);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
