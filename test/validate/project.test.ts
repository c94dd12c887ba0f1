// The rules across files: year, format, duplicates (also through a consolidation's
// units) and the roster.
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/check.js';
import { reportYaml as reportYamlFor } from '../helpers/project.js';
import { edit, fixture, located, policeSubmission } from '../helpers/submissions.js';
import { memoryFiles } from '../helpers/memory-files.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const police = policeSubmission();
const reportYaml = reportYamlFor('gb2021', 2023, 'roster: roster.yaml\n');
const roster = `agencies:
  - {id: finance, name: 示例市财政局}
  - {id: police, name: 示例市公安局}
`;

function run(files: Record<string, string>) {
  return checkProject('city', 'city', memoryFiles(Object.fromEntries(Object.entries(files).map(([p, t]) => [`city/${p}`, t]))));
}

describe('project rules', () => {
  it('a clean project has no diagnostics', async () => {
    const result = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police });
    expect(result.diagnostics).toEqual([]);
    expect(result.scan?.files).toHaveLength(2);
    expect(result.configFailed).toBe(false);
  });

  it('roster/missing points at the roster entry', async () => {
    const result = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/finance.yaml': finance });
    expect(result.diagnostics.map(located)).toEqual([{ code: 'roster/missing', path: 'agencies.1.id', line: 3, column: 10 }]);
    expect(result.diagnostics[0].file).toBe('city/roster.yaml');
  });

  it('roster/missing names, as data, the files that could not be read', async () => {
    const result = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/other.yaml': 'id: [\n' });
    const missing = result.diagnostics.filter((d) => d.code === 'roster/missing');
    expect(missing.map((d) => [d.messageId, d.data])).toEqual([['unreadable', { name: '示例市公安局', id: 'police', files: 'city/submissions/other.yaml' }]]);
  });

  it('roster/unknown points at the id', async () => {
    const stranger = edit(finance, 'id: finance', 'id: stranger');
    const result = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police, 'submissions/x.yaml': stranger });
    expect(result.diagnostics.map(located)).toEqual([{ code: 'roster/unknown', path: 'id', line: 1, column: 5 }]);
    expect(result.diagnostics[0].severity).toBe('warning');
    expect(result.diagnostics[0].data).toEqual({ id: 'stranger', file: 'city/roster.yaml' });
  });

  it('submission/year and submission/format', async () => {
    const old = edit(police, 'year: 2023', 'year: 2022');
    const result = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': old });
    expect(result.diagnostics.map(located)).toEqual([{ code: 'submission/year', path: 'year', line: 4, column: 7 }]);
    expect(result.diagnostics[0].data).toEqual({ year: 2022, expected: 2023 });
    const gb2019Police = edit(edit(fixture('submissions/valid-gb2019.yaml'), 'id: housing', 'id: police'), 'name: 示例市住房和城乡建设局', 'name: 示例市公安局');
    const wrongFormat = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/finance.yaml': finance, 'submissions/police.yaml': gb2019Police });
    expect(wrongFormat.diagnostics.filter((d) => d.file === 'city/submissions/police.yaml').map(located)).toEqual([
      { code: 'submission/format', path: 'format', line: 5, column: 9 },
      { code: 'submission/year', path: 'year', line: 4, column: 7 },
    ]);
    expect(wrongFormat.diagnostics.find((d) => d.code === 'submission/format')?.data).toEqual({ format: 'gb2019', expected: 'gb2021' });
  });

  it('submission/duplicate: two files for one agency', async () => {
    const result = await run({ 'report.yaml': reportYaml, 'roster.yaml': roster, 'submissions/a.yaml': finance, 'submissions/b.yaml': finance, 'submissions/police.yaml': police });
    expect(result.diagnostics.map(located)).toEqual([{ code: 'submission/duplicate', path: 'id', line: 1, column: 5 }]);
    expect(result.diagnostics[0].file).toBe('city/submissions/b.yaml');
    expect(result.diagnostics[0]).toMatchObject({ data: { id: 'finance', file: 'city/submissions/a.yaml' } });
    expect(result.diagnostics[0].messageId).toBeUndefined();
  });

  it('submission/duplicate: an agency also inside a consolidated report', async () => {
    const county = edit(finance, 'id: finance', 'id: county') + 'units:\n  - {id: police, name: 示例市公安局, sha256: "' + '0'.repeat(64) + '"}\n';
    const result = await run({ 'report.yaml': reportYaml.replace('roster: roster.yaml\n', ''), 'submissions/county.yaml': county, 'submissions/police.yaml': police });
    expect(result.diagnostics.map(located)).toEqual([{ code: 'submission/duplicate', path: 'id', line: 1, column: 5 }]);
    expect(result.diagnostics[0].file).toBe('city/submissions/police.yaml');
    expect(result.diagnostics[0]).toMatchObject({ data: { id: 'police', file: 'city/submissions/county.yaml' } });
  });

  it('a bad report.yaml is a configuration failure with located diagnostics', async () => {
    const result = await run({ 'report.yaml': reportYaml.replace('format: gb2021', 'formt: gb2021'), 'submissions/finance.yaml': finance });
    expect(result.configFailed).toBe(true);
    expect(result.diagnostics.map(located)).toEqual([{ code: 'schema/unknown-key', path: 'formt', line: 4, column: 1 }]);
    expect(result.diagnostics[0].hint).toBe('did you mean `format`?');
  });

  it('no submissions at all is a configuration failure', async () => {
    const result = await run({ 'report.yaml': reportYaml.replace('roster: roster.yaml\n', '') });
    expect(result.configFailed).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['config/no-submissions']);
    expect(result.diagnostics[0].data).toMatchObject({ globs: 'submissions/**/*.{yaml,yml,xlsx,xls,et}' });
  });

  it('continuity/carried-over: 上年结转 against last year\'s 结转下年度 of the same unit', async () => {
    const previous = JSON.stringify({
      id: 'city', name: '示例市', year: 2022, format: 'gb2021',
      ...JSON.parse(JSON.stringify((await import('yaml')).parse(finance), (k, v) => (k === 'id' || k === 'name' || k === 'group' || k === 'year' ? undefined : v))),
      units: [{ id: 'finance', name: '示例市财政局', sha256: '0'.repeat(64), carried_forward: { individual: 4, business: 1, research: 0, nonprofit: 0, legal_services: 0, other: 0 } }],
    });
    const yaml = reportYaml.replace('roster: roster.yaml\n', 'previous: previous.json\n');
    const result = await run({ 'report.yaml': yaml, 'previous.json': previous, 'submissions/finance.yaml': finance });
    expect(result.diagnostics.map(located)).toEqual([{ code: 'continuity/carried-over', path: 'requests.carried_over.individual', line: 15, column: 30 }]);
    expect(result.diagnostics[0].severity).toBe('warning');
    expect(result.diagnostics[0].data).toEqual({ column: 'individual', value: '5', last: '4', file: 'city/previous.json' });
  });
});
