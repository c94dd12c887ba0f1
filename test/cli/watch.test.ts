// `report build --watch` on a copy of the Ningbo example: one edit is one rebuild, a broken
// edit keeps the last good outputs and shows the diagnostic, a fix rebuilds, and the
// inputs follow report.yaml. Every wait is on what the command prints.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startReport, type Watching } from '../helpers/watching.js';

const example = fileURLToPath(new URL('../../examples/ningbo-2020', import.meta.url));
const recorder = pathToFileURL(fileURLToPath(new URL('../helpers/record-packages.mjs', import.meta.url))).href;
const wrote = /^wrote \d+ files? to dist/m;
const changedLine = /^changed: (.*); rebuilding$/gm;
// A quiet time long enough that a loaded machine's scheduling never splits one save in two.
const env = { REPORT_WATCH_QUIET_MS: '300' };

let running: Watching | undefined;
let dirs: string[] = [];
afterEach(async () => {
  await running?.stop();
  running = undefined;
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-watch-'));
  cpSync(example, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

/** An editor's save: a temporary file renamed over the old one, then written again in place. */
function save(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  writeFileSync(file, text);
}

const changes = (stderr: string): string[] => [...stderr.matchAll(changedLine)].map((m) => m[1]);

describe('report build --watch', () => {
  it('rebuilds once per edit, keeps the last good outputs on a broken edit, and rebuilds after the fix', { timeout: 240_000 }, async () => {
    const dir = project();
    const problems = join(dir, 'narrative', 'problems.md');
    const original = readFileSync(problems, 'utf8');
    const watching = (running = startReport(['build', '--watch'], dir, { ...env, NODE_OPTIONS: `--import ${recorder}` }));
    let at = await watching.waitFor(/^watching the inputs for changes/m, 0);
    expect(watching.stderr()).toMatch(/^loaded-package: chokidar$/m);
    const before = readFileSync(join(dir, 'dist', 'report.md'), 'utf8');

    save(problems, original.replace('。', '，已着手整改。'));
    at = await watching.waitFor(wrote, at);
    expect(readFileSync(join(dir, 'dist', 'report.md'), 'utf8')).toContain('已着手整改');

    // A second edit elsewhere: if the first save had made two rebuilds, a second one would show up before this one's.
    save(join(dir, 'narrative', 'other.md'), `${readFileSync(join(dir, 'narrative', 'other.md'), 'utf8')}\n本报告所列数据统计期限为2020年1月1日至12月31日。\n`);
    at = await watching.waitFor(wrote, at);
    expect(changes(watching.stderr())).toEqual(['narrative/problems.md', 'narrative/other.md']);

    // A broken edit: the diagnostic, and the outputs of the last good build.
    const good = readFileSync(join(dir, 'dist', 'report.md'));
    const goodPdf = readFileSync(join(dir, 'dist', 'report.pdf'));
    save(problems, `${original}\n{{requests.no_such_figure}}\n`);
    at = await watching.waitFor(/^dist still holds the last good build$/m, at);
    expect(watching.stdout()).toMatch(/^narrative\/problems\.md:\d+:3 +error +narrative\/placeholder /m);
    expect(watching.stderr()).toMatch(/nothing written/);
    expect(readFileSync(join(dir, 'dist', 'report.md'))).toEqual(good);
    expect(readFileSync(join(dir, 'dist', 'report.pdf'))).toEqual(goodPdf);

    // The fix rebuilds.
    save(problems, original.replace('。', '，整改已完成。'));
    at = await watching.waitFor(wrote, at);
    const after = readFileSync(join(dir, 'dist', 'report.md'), 'utf8');
    expect(after).toContain('整改已完成');
    expect(after).not.toBe(before);
    expect(changes(watching.stderr())).toHaveLength(4);
  });

  it('ends with status 2 on bad usage at the start, as build does', { timeout: 120_000 }, async () => {
    const watching = (running = startReport(['build', '--watch', '--previous-build', 'missing.json'], project(), env));
    expect(await watching.exit).toBe(2);
    expect(watching.stderr()).toMatch(/^report: --previous-build missing\.json: cannot read it/m);
  });

  it('follows report.yaml: a narrative it newly names, a new submission; not other files', { timeout: 240_000 }, async () => {
    const dir = project();
    const watching = (running = startReport(['build', '--watch'], dir, env));
    let at = await watching.waitFor(/^watching the inputs for changes/m, 0);

    // Not an input: no rebuild (checked by the next edit's rebuild naming only its own file).
    writeFileSync(join(dir, 'notes.txt'), '给自己的备忘\n');
    writeFileSync(join(dir, 'narrative', 'draft.md'), '草稿\n');
    const config = readFileSync(join(dir, 'report.yaml'), 'utf8');
    expect(config).toMatch(/other: narrative\/other\.md/);
    save(join(dir, 'report.yaml'), config.replace('other: narrative/other.md', 'other: narrative/other-2.md'));
    at = await watching.waitFor(/^dist still holds the last good build$/m, at);
    expect(watching.stdout()).toMatch(/narrative\/other-2\.md/);

    // The file report.yaml now names appears: a rebuild.
    writeFileSync(join(dir, 'narrative', 'other-2.md'), '本年度无其他需要报告的事项。\n');
    at = await watching.waitFor(wrote, at);
    expect(readFileSync(join(dir, 'dist', 'report.md'), 'utf8')).toContain('本年度无其他需要报告的事项');

    // A new file matching the submissions glob: a rebuild that sums it.
    const market = readFileSync(join(dir, 'submissions', 'city', 'market.yaml'), 'utf8');
    writeFileSync(join(dir, 'submissions', 'city', 'market-2.yaml'), market.replace(/^id: .*$/m, 'id: market-2').replace(/^name: .*$/m, 'name: 宁波市第二市场监督管理局'));
    at = await watching.waitFor(/^changed: submissions\/city\/market-2\.yaml; rebuilding$/m, at);
    await watching.waitFor(/^(wrote \d+ files? to dist|dist still holds the last good build)$/m, at);
    expect(changes(watching.stderr())).toEqual(['report.yaml', 'narrative/other-2.md', 'submissions/city/market-2.yaml']);
  });
});
