// `report build` on disk: outputs land in output.dir; a failed build leaves the previous
// outputs as they were; files of the user's in the output folder are never touched.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    expect(readdirSync(join(project, 'dist')).sort()).toEqual(['.report-cache', '.report-manifest.json', 'notes.txt', 'report.json', 'report.md']);
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

  it('says why in Chinese when the output folder cannot be written, naming the system code', () => {
    const project = copyProject();
    writeFileSync(join(project, 'blocked'), 'a file where the output folder should be');
    const result = runReport(['build', project, '--formats', 'md', '--out', join(project, 'blocked')], '.', { REPORT_LANG: 'zh-CN' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^report：无法把输出写到 .*blocked：已有同名的文件（EEXIST）$/m);
  });

  // Node's recursive mkdir loops forever, deaf to Ctrl-C, where the system answers ENOENT
  // under a folder that exists (/proc on Linux); the build must fail at once instead.
  it.runIf(existsSync('/proc/self'))('exits 2 at once when the output folder cannot be made under one that exists', () => {
    const project = copyProject();
    const result = spawnSync(process.execPath, [bin, 'build', project, '--formats', 'md', '--out', '/proc/report-cannot-be-here/out'], {
      encoding: 'utf8',
      // The old hang ignored SIGTERM too: only SIGKILL ends it.
      timeout: 60_000,
      killSignal: 'SIGKILL',
      env: { ...process.env, NO_COLOR: '1', REPORT_LANG: 'en' },
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^report: cannot write the outputs to \/proc\/report-cannot-be-here\/out: ENOENT/m);
  });

  it('keeps the output folder one build\'s set: formats and agencies a new build does not write are removed', () => {
    const project = copyProject();
    addAgencies(project, 3);
    expect(runReport(['build', project, '--formats', 'md,html,json', '--per-agency'], '.').status).toBe(0);
    writeFileSync(join(project, 'dist/notes.txt'), 'mine');
    rmSync(join(project, 'submissions/unit2.yaml'));
    const second = runReport(['build', project, '--formats', 'md', '--per-agency'], '.');
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/removed 7 files an earlier build wrote/);
    expect(Object.keys(snapshot(join(project, 'dist'))).sort()).toEqual(['.report-manifest.json', 'agencies/finance.md', 'agencies/unit1.md', 'agencies/unit3.md', 'notes.txt', 'report.md']);
  });

  it('removes staging folders an interrupted build left', () => {
    const project = copyProject();
    const stale = join(project, 'dist/.report-staging-Xy12ab');
    cpSync(join(project, 'submissions'), join(stale, 'files'), { recursive: true });
    expect(runReport(['build', project, '--formats', 'md'], '.').status).toBe(0);
    expect(readdirSync(join(project, 'dist')).filter((n) => n.startsWith('.report-staging-'))).toEqual([]);
  });

  it('stopped by SIGINT or SIGTERM at any moment, leaves the old complete set or the new one', { timeout: 180_000 }, async () => {
    const original = copyProject();
    addAgencies(original, 12);
    expect(runReport(['build', original, '--formats', 'md,json', '--per-agency'], '.').status).toBe(0);
    const oldSet = snapshot(join(original, 'dist'));
    // The new build: another title, other formats, one unit fewer.
    const change = (project: string): void => {
      writeFileSync(join(project, 'report.yaml'), readFileSync(join(project, 'report.yaml'), 'utf8').replace('年度报告', '年度报告（修订）'));
      rmSync(join(project, 'submissions/unit12.yaml'));
    };
    const args = (project: string) => ['build', project, '--formats', 'md,html', '--per-agency'];
    const reference = copyOf(original);
    change(reference);
    const started = Date.now();
    expect((await runUntil(args(reference), Infinity, 'SIGINT')).status).toBe(0);
    const duration = Date.now() - started;
    const newSet = snapshot(join(reference, 'dist'));
    expect(newSet).not.toEqual(oldSet);

    const outcomes: string[] = [];
    for (let trial = 0; trial < 6; trial++) {
      const project = copyOf(original);
      change(project);
      const signal = trial % 2 === 0 ? 'SIGINT' : 'SIGTERM';
      // Start-up takes most of a run; aim mostly at the second half, where the outputs are rendered and written.
      const delay = duration * (trial === 0 ? 0.2 * Math.random() : 0.5 + 0.6 * Math.random());
      const { status } = await runUntil(args(project), delay, signal);
      const after = snapshot(join(project, 'dist'));
      const outcome = equal(after, oldSet) ? 'old' : equal(after, newSet) ? 'new' : 'mixed';
      outcomes.push(`${signal}@${Math.round(delay)}ms: ${outcome} (exit ${status})`);
      expect(outcome, outcomes.join('\n')).not.toBe('mixed');
      expect(readdirSync(join(project, 'dist')).filter((n) => n.startsWith('.report-staging-'))).toEqual([]);
    }
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

/** More agencies like finance, unit1 … unitN, in a project without a roster. */
function addAgencies(project: string, count: number): void {
  const yaml = join(project, 'report.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('roster: roster.yaml\n', ''));
  const finance = readFileSync(join(project, 'submissions/finance.yaml'), 'utf8');
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(project, `submissions/unit${i}.yaml`), finance.replace('id: finance', `id: unit${i}`).replace('name: 示例市财政局', `name: 示例市第${i}局`));
  }
}

function copyOf(project: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-build-'));
  cpSync(project, join(dir, 'city'), { recursive: true });
  return join(dir, 'city');
}

/** Every file in the output folder but the cache, with its bytes in hex. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (relative === '.report-cache') continue;
    if (entry.isDirectory()) Object.assign(out, snapshot(dir, relative));
    else out[relative] = readFileSync(join(dir, relative)).toString('hex');
  }
  return out;
}

const equal = (a: Record<string, string>, b: Record<string, string>): boolean => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

const bin = fileURLToPath(new URL('../../bin/report', import.meta.url));

/** Runs the CLI and sends it `signal` after `delayMs` (never, for Infinity). */
function runUntil(args: readonly string[], delayMs: number, signal: NodeJS.Signals): Promise<{ status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' }, stdio: 'ignore' });
    const timer = Number.isFinite(delayMs) ? setTimeout(() => child.kill(signal), delayMs) : undefined;
    child.on('exit', (status, killedBy) => {
      clearTimeout(timer);
      resolve({ status: status ?? (killedBy ? -1 : null) });
    });
  });
}
