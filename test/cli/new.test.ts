// `report new` writes a submission that validates as it is, and, once filled in with
// mistakes, gives located diagnostics; it never overwrites a file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

describe('report new', () => {
  it.each([
    ['2020', 'gb2019'],
    ['2023', 'gb2021'],
  ])('a %s scaffold (%s) passes validate', (year, format) => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'));
    const created = runReport(['new', 'finance', '--name', '示例市财政局', '--group', '市级部门', '--year', year], dir);
    expect(created.status).toBe(0);
    const text = readFileSync(join(dir, 'submissions/finance.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/gb20\d\d\.schema\.json\n/);
    expect(text).toContain(`format: ${format}`);
    expect(text).toContain('    individual: 0 # 自然人');
    const checked = runReport(['validate', 'submissions/finance.yaml', '--reporter', 'json'], dir);
    expect(JSON.parse(checked.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0 });
    expect(checked.status).toBe(0);
  });

  it('filled in with a typo and an imbalance, gives both, located', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'));
    runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2023'], dir);
    const path = join(dir, 'submissions/finance.yaml');
    const lines = readFileSync(path, 'utf8').split('\n');
    const received = lines.findIndex((l) => l.startsWith('  received:'));
    lines[received + 1] = '    individual: 12 # 自然人';
    const granted = lines.findIndex((l) => l.startsWith('    granted:'));
    lines[granted] = lines[granted].replace('granted', 'granteed');
    writeFileSync(path, lines.join('\n'));
    const { stdout, status } = runReport(['validate', 'submissions/finance.yaml', '--reporter', 'json'], dir);
    const found = JSON.parse(stdout).diagnostics.map((d: { code: string; line: number }) => [d.code, d.line]);
    expect(found).toContainEqual(['schema/unknown-key', granted + 1]);
    expect(found.map((f: [string, number]) => f[0])).toContain('schema/unknown-key');
    expect(status).toBe(1);
  });

  it('refuses to overwrite an existing submission', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'));
    runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2023'], dir);
    const path = join(dir, 'submissions/finance.yaml');
    writeFileSync(path, 'my own work\n');
    const again = runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2023'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists already/);
    expect(readFileSync(path, 'utf8')).toBe('my own work\n');
  });
});

describe('report new in a project', () => {
  const project = (extra = '') => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'));
    writeFileSync(join(dir, 'report.yaml'), `title: 示例市2023年政府信息公开工作年度报告\nregion: 示例市\nyear: 2023\nformat: gb2021\ncompiled_by: 示例市人民政府办公厅\n${extra}`);
    return dir;
  };

  it('refuses a --group report.yaml does not declare', () => {
    const dir = project('groups: [市级部门, 区县（市）]\n');
    const refused = runReport(['new', 'finance', '--name', '示例市财政局', '--group', '市直部门'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^report: --group 市直部门: report\.yaml declares 市级部门, 区县（市）; a unit must fall in one of its groups/);
    expect(runReport(['new', 'finance', '--name', '示例市财政局', '--group', '区县（市）'], dir).status).toBe(0);
  });

  it('refuses a year, or a format, the project does not use', () => {
    const dir = project();
    const year = runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2019'], dir);
    expect(year.status).toBe(2);
    expect(year.stderr).toMatch(/^report: --year 2019: report\.yaml reports on 2023, and validate refuses a submission for another year/);
    const format = runReport(['new', 'finance', '--name', '示例市财政局', '--format', 'gb2019'], dir);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/^report: gb2019 for 2023: report\.yaml uses gb2021/);
  });

  it('refuses a year the format is not for, outside a project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'));
    const refused = runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2019', '--format', 'gb2021'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('report: --year 2019 with gb2021: gb2021 is the format for reports on 2021 and later: a report on 2019 uses gb2019\n');
  });
});
