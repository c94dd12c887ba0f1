// What a watch session keeps between builds (parsed fonts, large files, the
// build cache) must never change a byte of the outputs: each build of a session is
// compared with a fresh build of the same inputs.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../src/build.js';
import { bundled } from '../../src/cli/build.js';
import { diskFiles } from '../../src/cli/files.js';
import { cachedDiskScanner } from '../../src/cli/scanner.js';
import { bundledOnce, keptLargeFiles, rememberingCacheStores } from '../../src/cli/watch-reuse.js';
import { renderReuse } from '../../src/render/reuse.js';

const example = fileURLToPath(new URL('../../examples/ningbo-2020', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'report-reuse-'));
cpSync(example, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options: BuildOptions = { strict: false, allowMissing: true, perAgency: false, date: new Date(1_700_000_000_000), bundled, formats: ['md', 'html', 'pdf', 'json'] };

const fresh = () => build(dir, 'ningbo', diskFiles, options);

describe('a watch session reuses what it can and writes the same bytes as a fresh build', () => {
  const stores = rememberingCacheStores();
  const files = keptLargeFiles(diskFiles);
  const session: BuildOptions = { ...options, bundled: bundledOnce(bundled), reuse: renderReuse() };
  const again = async () => {
    const store = stores(join(dir, 'dist', '.report-cache'));
    const result = await build(dir, 'ningbo', files, { ...session, scanner: () => cachedDiskScanner(store) });
    store.commit();
    return result;
  };

  it('after a narrative edit, and after a submission is taken out (new figures, new charts)', { timeout: 180_000 }, async () => {
    const first = await again();
    expect(first.failed).toBe(false);
    const problems = join(dir, 'narrative', 'problems.md');
    writeFileSync(problems, readFileSync(problems, 'utf8').replace('。', '，已着手整改。'));
    const edited = await again();
    const reference = await fresh();
    expect(edited.failed).toBe(false);
    expect([...edited.outputs.keys()]).toEqual([...reference.outputs.keys()]);
    for (const [name, bytes] of reference.outputs) expect(Buffer.from(edited.outputs.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
    expect(new TextDecoder().decode(edited.outputs.get('report.md'))).toContain('已着手整改');

    unlinkSync(join(dir, 'submissions', 'city', 'market.yaml'));
    const fewer = await again();
    const fewerReference = await fresh();
    expect(fewer.failed).toBe(false);
    expect(Buffer.from(fewer.outputs.get('report.html')!).equals(Buffer.from(first.outputs.get('report.html')!))).toBe(false);
    for (const [name, bytes] of fewerReference.outputs) expect(Buffer.from(fewer.outputs.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
  });
});

describe('keptLargeFiles', () => {
  it('gives the same bytes object for an unchanged large file, new bytes once it changes', () => {
    const files = keptLargeFiles(diskFiles);
    const font = join(dir, 'large.ttf');
    writeFileSync(font, Buffer.alloc(300 * 1024, 1));
    const first = files.read(font)!;
    expect(files.read(font)).toBe(first);
    writeFileSync(font, Buffer.alloc(300 * 1024 + 1, 2));
    const second = files.read(font)!;
    expect(second).not.toBe(first);
    expect(second[0]).toBe(2);
    files.forget(font);
    expect(files.read(font)).not.toBe(second);
  });

  it('reads small files afresh every time', () => {
    const files = keptLargeFiles(diskFiles);
    const narrative = join(dir, 'small.md');
    writeFileSync(narrative, '第一稿\n');
    expect(files.read(narrative)).not.toBe(files.read(narrative));
  });
});
