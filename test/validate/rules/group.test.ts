// group/* and the roster checks: every unit falls into exactly one declared subtotal
// group; roster ids are unique and names agree with the submissions.
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/validate/check.js';
import { reportYaml } from '../../helpers/project.js';
import { edit, fixture, located, policeSubmission } from '../../helpers/submissions.js';
import { memoryFiles } from '../../helpers/memory-files.js';

const finance = fixture('submissions/valid-gb2021.yaml'); // group: 市级部门
const police = policeSubmission();
const config = reportYaml('gb2021', 2023, 'roster: roster.yaml\ngroups: [市级部门, 区县（市）]\n');
const roster = `agencies:
  - {id: finance, name: 示例市财政局}
  - {id: police, name: 示例市公安局, group: 市级部门}
`;

function run(files: Record<string, string>) {
  return checkProject('city', 'city', memoryFiles(Object.fromEntries(Object.entries(files).map(([p, t]) => [`city/${p}`, t]))));
}

const codes = (result: Awaited<ReturnType<typeof run>>) => result.diagnostics.map((d) => ({ ...located(d), file: d.file }));

describe('group rules', () => {
  it('a unit takes the roster group when its submission names none', async () => {
    const result = await run({ 'report.yaml': config, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': edit(police, 'group: 市级部门\n', '') });
    expect(result.diagnostics).toEqual([]);
  });

  it('group/unknown: a submission names a group report.yaml does not declare', async () => {
    const result = await run({ 'report.yaml': config, 'roster.yaml': roster, 'submissions/finance.yaml': edit(finance, 'group: 市级部门', 'group: 市直部门'), 'submissions/police.yaml': police });
    expect(codes(result)).toEqual([{ code: 'group/unknown', path: 'group', line: 3, column: 8, file: 'city/submissions/finance.yaml' }]);
    expect(result.diagnostics[0].messageId).toBeUndefined();
    expect(result.diagnostics[0].data).toEqual({ group: '市直部门', groups: '市级部门, 区县（市）', guess: '市级部门' });
  });

  it('group/unknown: a roster entry in a group report.yaml does not declare', async () => {
    const result = await run({ 'report.yaml': config, 'roster.yaml': roster.replace('group: 市级部门', 'group: 县级部门'), 'submissions/finance.yaml': finance, 'submissions/police.yaml': edit(police, 'group: 市级部门\n', '') });
    expect(codes(result)).toContainEqual({ code: 'group/unknown', path: 'agencies.1.group', line: 3, column: 39, file: 'city/roster.yaml' });
    expect(result.diagnostics.find((d) => d.code === 'group/unknown')).toMatchObject({ messageId: 'roster', data: { id: 'police', group: '县级部门', guess: '市级部门' } });
  });

  it('group/missing: neither the submission nor the roster names a group', async () => {
    const result = await run({ 'report.yaml': config, 'roster.yaml': roster, 'submissions/finance.yaml': edit(finance, 'group: 市级部门\n', ''), 'submissions/police.yaml': police });
    expect(codes(result)).toEqual([{ code: 'group/missing', path: 'id', line: 1, column: 5, file: 'city/submissions/finance.yaml' }]);
    expect(result.diagnostics[0].data).toEqual({ id: 'finance', groups: '市级部门, 区县（市）', first: '市级部门' });
  });

  it('group/mismatch: the submission and the roster disagree', async () => {
    const result = await run({ 'report.yaml': config, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': edit(police, 'group: 市级部门', 'group: 区县（市）') });
    expect(codes(result)).toEqual([{ code: 'group/mismatch', path: 'group', line: 3, column: 8, file: 'city/submissions/police.yaml' }]);
    expect(result.diagnostics[0].data).toEqual({ group: '区县（市）', file: 'city/roster.yaml', line: 3, column: 39, id: 'police', rosterGroup: '市级部门' });
  });

  it('without `groups:` in report.yaml there are no subtotals, and groups are not checked', async () => {
    const result = await run({ 'report.yaml': reportYaml('gb2021', 2023), 'submissions/finance.yaml': edit(finance, 'group: 市级部门', 'group: 任意') });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('roster checks', () => {
  it('roster/duplicate: an id listed twice', async () => {
    const twice = roster + '  - {id: finance, name: 示例市财政局二}\n';
    const result = await run({ 'report.yaml': config, 'roster.yaml': twice, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police });
    expect(codes(result)).toEqual([{ code: 'roster/duplicate', path: 'agencies.2.id', line: 4, column: 10, file: 'city/roster.yaml' }]);
    expect(result.diagnostics[0].severity).toBe('error');
    expect(result.diagnostics[0].data).toEqual({ id: 'finance', line: 2, name: '示例市财政局' });
  });

  it('roster/name: the submission names the agency differently', async () => {
    const result = await run({ 'report.yaml': config, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': edit(police, 'name: 示例市公安局', 'name: 示例市交通局') });
    expect(codes(result)).toEqual([{ code: 'roster/name', path: 'name', line: 2, column: 7, file: 'city/submissions/police.yaml' }]);
    expect(result.diagnostics[0].data).toEqual({ name: '示例市交通局', id: 'police', rosterName: '示例市公安局' });
  });
});
