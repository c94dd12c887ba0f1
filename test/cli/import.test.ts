// `report import` on disk: submissions written beside each other with a verdict each,
// previous.json that `report build` reads, files of the user's never overwritten.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';
import { fixturePath } from '../helpers/submissions.js';

const published = fixturePath('published');
const city = new URL('./scenarios/validate-project-clean/city', import.meta.url).pathname;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-import-'));
  cpSync(published, join(dir, 'published'), { recursive: true });
  return dir;
}

describe('report import', () => {
  it('writes one submission per report that report validate accepts, and ends with a verdict per report', () => {
    const dir = workspace();
    const run = runReport(['import', 'published/pingtan-2022.gbk.html', 'published/pingtan-2021.html', '-o', 'subs'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('published/pingtan-2022.gbk.html  error  narrative/contradicts-table  the text says 75件, but the table gives 一、本年新收政府信息公开申请数量 · 总计 = 74');
    expect(run.stdout).toMatch(/^clean {5}published\/pingtan-2021\.html → subs\/pingtan-2021\.yaml {2}\(0 errors, 0 warnings, 2 notes\)$/m);
    expect(run.stdout).toMatch(/^errors {4}published\/pingtan-2022\.gbk\.html → subs\/pingtan-2022\.gbk\.yaml {2}\(1 error, 0 warnings, 3 notes\)$/m);
    expect(readFileSync(join(dir, 'subs/pingtan-2022.gbk.yaml'), 'utf8')).toContain('received: {individual: 71, business: 3, research: 0, nonprofit: 0, legal_services: 0, other: 0, total: 74}');
    expect(readFileSync(join(dir, 'subs/pingtan-2022.gbk.yaml'), 'utf8')).toMatch(/^# imported by `report import` from pingtan-2022\.gbk\.html: check it against the original\n# 由 `report import` 从 pingtan-2022\.gbk\.html 导入：请与原文核对\nid: /);
    expect(runReport(['validate', 'subs/pingtan-2022.gbk.yaml'], dir).status).toBe(0);

    const json = runReport(['import', 'published/pingtan-2022.gbk.html', '-o', 'subs', '--reporter', 'json'], dir);
    const report = JSON.parse(json.stdout);
    expect(report.reports).toEqual([{ file: 'published/pingtan-2022.gbk.html', output: 'subs/pingtan-2022.gbk.yaml', verdict: 'errors', errors: 1, warnings: 0, notes: 3 }]);
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual(['import/identity', 'import/identity', 'import/prose', 'narrative/contradicts-table']);
  });

  it('reads many reports on worker threads with the same result as one at a time, in the order given', () => {
    const dir = workspace();
    const names = ['d', 'a', 'c', 'b'];
    for (const n of names) cpSync(join(dir, 'published/pingtan-2021.html'), join(dir, `${n}.html`));
    const many = runReport(['import', ...names.map((n) => `${n}.html`), 'published/pingtan-2022.gbk.html', '-o', 'many', '--reporter', 'json'], dir);
    const one = runReport(['import', 'a.html', '-o', 'one'], dir);
    expect(one.status).toBe(0);
    expect(JSON.parse(many.stdout).reports.map((r: { file: string }) => r.file)).toEqual([...names.map((n) => `${n}.html`), 'published/pingtan-2022.gbk.html']);
    const written = (folder: string, name: string) => readFileSync(join(dir, folder, `${name}.yaml`), 'utf8').replace(/^id: .*$/m, '');
    for (const n of names) expect(written('many', n)).toBe(written('one', 'a').replaceAll(' a.html', ` ${n}.html`));
  });

  it('never overwrites a file it did not write', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'pingtan-2021.yaml'), 'id: mine\n');
    const run = runReport(['import', 'published/pingtan-2021.html'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('pingtan-2021.yaml exists and was not written by report import');
    expect(readFileSync(join(dir, 'pingtan-2021.yaml'), 'utf8')).toBe('id: mine\n');
  });

  it('--previous writes previous.json, which report build reads for 比上年', () => {
    const dir = workspace();
    cpSync(city, join(dir, 'city'), { recursive: true });
    const config = join(dir, 'city/report.yaml');
    // Last year's report must be the same region's: the project becomes 平潭's.
    writeFileSync(config, `${readFileSync(config, 'utf8').replaceAll('示例市', '平潭综合实验区')}previous: previous.json\n`);
    const run = runReport(['import', 'published/pingtan-2022.gbk.html', '--previous', '-o', 'city'], dir);
    expect(run.stdout).toMatch(/^errors {4}published\/pingtan-2022\.gbk\.html → city\/previous\.json /m);
    expect(existsSync(join(dir, 'city/pingtan-2022.gbk.yaml'))).toBe(false);
    const previous = JSON.parse(readFileSync(join(dir, 'city/previous.json'), 'utf8'));
    expect(previous.requests.received.total).toBe(74);
    const build = runReport(['build', 'city', '--formats', 'json'], dir);
    expect(build.stdout).not.toContain('previous.json');
    expect(build.status).toBe(0);
  });

  it('--previous takes exactly one report', () => {
    const run = runReport(['import', 'a.html', 'b.html', '--previous'], workspace());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--previous');
  });
});
