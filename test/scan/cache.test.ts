// The build cache gives what a cold scan gives, rescanning only the blocks whose files changed.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedScanner } from '../../src/scan/cache.js';
import { diskCacheStore } from '../../src/cli/scanner.js';
import { diskFiles } from '../../src/cli/files.js';
import { chunksOf, inProcessScanner, mergeScans, type ScanJob, type Scanner } from '../../src/validate/scan.js';
import { byCodeUnit } from '../../src/order.js';
import { edit, fixture } from '../helpers/submissions.js';

const base = fixture('submissions/valid-gb2021.yaml');

function project(count: number): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'report-cache-'));
  const paths = Array.from({ length: count }, (_, i) => join(dir, `u${String(i).padStart(3, '0')}.yaml`));
  paths.forEach((p, i) => writeFileSync(p, edit(base, 'id: finance', `id: u${i}`)));
  return { dir, paths };
}

function counting(inner: Scanner): { scanner: Scanner; scanned: () => number } {
  let files = 0;
  return {
    scanner: async (job, progress) => {
      files += job.chunks.reduce((n, c) => n + c.length, 0);
      return inner(job, progress);
    },
    scanned: () => files,
  };
}

const job = (paths: string[]): ScanJob => ({ chunks: chunksOf(paths, 7), formatId: 'gb2021', sum: true });
const comparable = async (scanner: Scanner, paths: string[]) => {
  const merged = mergeScans(await scanner(job(paths)));
  return { files: [...merged.files].sort((a, b) => byCodeUnit(a.file, b.file)), diagnostics: merged.diagnostics, sums: merged.sums };
};

describe('build cache', () => {
  it('answers as a cold scan, and rescans only the block of a changed file', async () => {
    const { dir, paths } = project(24);
    const cold = inProcessScanner(diskFiles);
    const inner = counting(cold);
    const cached = cachedScanner(inner.scanner, diskCacheStore(join(dir, 'cache')), { tool: 'test', blockSize: 4 });
    expect(await comparable(cached, paths)).toEqual(await comparable(cold, paths));
    expect(inner.scanned()).toBe(24);

    expect(await comparable(cached, paths)).toEqual(await comparable(cold, paths));
    expect(inner.scanned()).toBe(24);

    writeFileSync(paths[5], edit(edit(base, 'id: finance', 'id: u5'), 'licensing: {decisions: 350}', 'licensing: {decisions: 351}'));
    utimesSync(paths[5], new Date(), new Date(Date.now() + 5000));
    const after = await comparable(cached, paths);
    expect(after).toEqual(await comparable(cold, paths));
    expect(after.sums?.whole.figures['active_disclosure.licensing.decisions']).toBe(24 * 350 + 1);
    expect(inner.scanned()).toBeLessThan(24 + 12);
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows files added and removed', async () => {
    const { dir, paths } = project(10);
    const cold = inProcessScanner(diskFiles);
    const cached = cachedScanner(cold, diskCacheStore(join(dir, 'cache')), { tool: 'test', blockSize: 4 });
    await comparable(cached, paths);
    const fewer = paths.slice(1);
    expect(await comparable(cached, fewer)).toEqual(await comparable(cold, fewer));
    const extra = join(dir, 'z.yaml');
    writeFileSync(extra, edit(base, 'id: finance', 'id: z'));
    expect(await comparable(cached, [...fewer, extra])).toEqual(await comparable(cold, [...fewer, extra]));
    rmSync(dir, { recursive: true, force: true });
  });
});
