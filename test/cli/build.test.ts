// `report build` on disk: outputs land in output.dir; a failed build leaves the previous
// outputs as they were; files of the user's in the output folder are never touched.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

const city = new URL('./scenarios/validate-project-clean/city', import.meta.url).pathname;

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-build-'));
  cpSync(city, join(dir, 'city'), { recursive: true });
  return join(dir, 'city');
}

describe('report build', () => {
  it('writes the outputs, then keeps them when a later build fails', () => {
    const project = copyProject();
    const first = runReport(['build', project, '--formats', 'md,json'], '.');
    expect(first.status).toBe(0);
    const before = readFileSync(join(project, 'dist/report.md'), 'utf8');
    expect(before).toContain('# 示例市2023年政府信息公开工作年度报告');
    writeFileSync(join(project, 'dist/notes.txt'), 'mine');

    const submission = join(project, 'submissions/finance.yaml');
    writeFileSync(submission, readFileSync(submission, 'utf8').replace('pending: 1, total: 4}', 'pending: 1, total: 5}'));
    const second = runReport(['build', project, '--formats', 'md,json'], '.');
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('appeals/total');
    expect(second.stderr).toContain('nothing written');
    expect(readFileSync(join(project, 'dist/report.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(project, 'dist/notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(join(project, 'dist')).sort()).toEqual(['.report-cache', 'notes.txt', 'report.json', 'report.md']);
  });

  it('exits 2 on a bad --formats, writing nothing', () => {
    const project = copyProject();
    const result = runReport(['build', project, '--formats', 'md,docx'], '.');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--formats md,docx/);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });

  it('report validate passes on the consolidated report.json (the closure property)', () => {
    const project = copyProject();
    runReport(['build', project, '--formats', 'json'], '.');
    const result = runReport(['validate', join(project, 'dist/report.json')], '.');
    expect(result.stdout).toContain('no problems');
    expect(result.status).toBe(0);
  });

  it('exits 2 with a one-line message when the output folder cannot be written', () => {
    const project = copyProject();
    writeFileSync(join(project, 'blocked'), 'a file where the output folder should be');
    const result = runReport(['build', project, '--formats', 'md', '--out', join(project, 'blocked')], '.');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^report: cannot write the outputs to .*blocked/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a failed build writes no cache', () => {
    const project = copyProject();
    const submission = join(project, 'submissions/finance.yaml');
    writeFileSync(submission, readFileSync(submission, 'utf8').replace('pending: 1, total: 4}', 'pending: 1, total: 5}'));
    const result = runReport(['build', project, '--formats', 'json'], '.');
    expect(result.status).toBe(1);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });

  // An edit that keeps the size and the mtime (touch -r, cp -p, unzip) must not publish
  // last run's figures: report.json, its sha256 and the agency's own report agree.
  it('never serves stale figures after touch -r', () => {
    const project = copyProject();
    const submission = join(project, 'submissions/finance.yaml');
    const longAgo = new Date(Date.now() - 3_600_000);
    utimesSync(submission, longAgo, longAgo);
    expect(runReport(['build', project, '--formats', 'md,json', '--per-agency'], '.').status).toBe(0);
    const before = JSON.parse(readFileSync(join(project, 'dist/report.json'), 'utf8'));
    const { atime, mtime, size } = statSync(submission);
    const text = readFileSync(submission, 'utf8');
    expect(text).toContain('licensing: {decisions: 350}');
    writeFileSync(submission, text.replace('licensing: {decisions: 350}', 'licensing: {decisions: 351}'));
    utimesSync(submission, atime, mtime);
    expect(statSync(submission).size).toBe(size);

    expect(runReport(['build', project, '--formats', 'md,json', '--per-agency'], '.').status).toBe(0);
    const after = JSON.parse(readFileSync(join(project, 'dist/report.json'), 'utf8'));
    expect(after.active_disclosure.licensing.decisions).toBe(before.active_disclosure.licensing.decisions + 1);
    const finance = after.units.find((u: { id: string }) => u.id === 'finance');
    expect(finance.sha256).toBe(createHash('sha256').update(readFileSync(submission)).digest('hex'));
    const row = (file: string) => readFileSync(join(project, 'dist', file), 'utf8').split('\n').find((l) => l.includes('行政许可'));
    expect(row('report.md')).toBe(row('agencies/finance.md'));
    expect(row('report.md')).toMatch(/\| 351 \|/);
  });
});
