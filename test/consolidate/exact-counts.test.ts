// Counts are summed exactly beyond 2^53 (BigInt), and a count that is not a whole number
// is a located schema/type error, never an internal error.
import { describe, expect, it } from 'vitest';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { check, edit, fixture, located } from '../helpers/submissions.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const max = Number.MAX_SAFE_INTEGER; // 9007199254740991

/** The fixture with 本年新收 总计 = 2^53 − 1 (and 结转下年度 to balance it). */
function huge(id: string): string {
  let text = edit(finance, 'received: {individual: 120, business: 8, research: 0, nonprofit: 1, legal_services: 3, other: 0, total: 132}', `received: {individual: ${max - 12}, business: 8, research: 0, nonprofit: 1, legal_services: 3, other: 0}`);
  text = edit(text, 'carried_forward: {individual: 7,', `carried_forward: {individual: ${max - 125},`);
  text = edit(text, 'id: finance', `id: ${id}`);
  return text;
}

describe('exact counts', () => {
  it('three totals of 9007199254740991 sum to 27021597764222973', async () => {
    const files = { 'report.yaml': reportYaml('gb2021', 2023), 'submissions/a.yaml': huge('a'), 'submissions/b.yaml': huge('b'), 'submissions/c.yaml': huge('c') };
    const result = await buildProject(files, projectOptions(['json', 'md']));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    const json = new TextDecoder().decode(result.outputs.get('report.json'));
    expect(json).toMatch(/"received": \{\n\s+"individual": 27021597764222937,\n(.*\n){4}\s+"other": 0,\n\s+"total": 27021597764222973\n/);
    const md = new TextDecoder().decode(result.outputs.get('report.md'));
    expect(md).toContain('| 27021597764222973 |');
    expect(md).not.toContain('27021597764222972');
  });

  it('a row whose cells add up beyond 2^53 − 1 is refused at the row', () => {
    const text = edit(finance, 'received: {individual: 120, business: 8, research: 0, nonprofit: 1, legal_services: 3, other: 0, total: 132}', `received: {individual: ${max}, business: 8, research: 0, nonprofit: 1, legal_services: 3, other: 0}`);
    const found = check(text).filter((d) => d.code === 'schema/range');
    expect(found.map(located)).toEqual([{ code: 'schema/range', path: 'requests.received.total', line: 14, column: 13 }]);
  });

  it.each(['1.5', '.inf', '.nan', '1e400', '-.inf'])('%s in part 三 is schema/type at its cell', (value) => {
    const text = edit(finance, 'received: {individual: 120,', `received: {individual: ${value},`);
    expect(check(text).map(located)).toEqual([{ code: 'schema/type', path: 'requests.received.individual', line: 14, column: 26 }]);
  });

  it.each(['1.5', '.inf', '1e400'])('%s as a given total is schema/type at its cell', (value) => {
    const text = edit(finance, 'other: 0, total: 132}', `other: 0, total: ${value}}`);
    expect(check(text).map(located)).toEqual([{ code: 'schema/type', path: 'requests.received.total', line: 14, column: 107 }]);
  });

  it('1.5 in an appeals cell beside its given total', () => {
    const text = edit(finance, 'reconsideration: {upheld: 2,', 'reconsideration: {upheld: 1.5,');
    expect(check(text).map(located)).toEqual([{ code: 'schema/type', path: 'appeals.reconsideration.upheld', line: 45, column: 29 }]);
  });
});
