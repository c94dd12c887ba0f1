// The build cache gives what a cold scan gives, rescanning only the blocks whose files
// changed, and never serves a result for bytes that are no longer there.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedScanner, type CacheStore, type FileStat } from '../../src/scan/cache.js';
import { diskCacheStore } from '../../src/cli/scanner.js';
import { diskFiles } from '../../src/cli/files.js';
import type { InputFiles } from '../../src/load/files.js';
import { chunksOf, inProcessScanner, mergeScans, type ScanJob, type Scanner } from '../../src/validate/scan.js';
import { byCodeUnit } from '../../src/order.js';
import { edit, fixture } from '../helpers/submissions.js';

const base = fixture('submissions/valid-gb2021.yaml');
const unit = (i: number, decisions = 350) => edit(edit(base, 'id: finance', `id: u${i}`), 'licensing: {decisions: 350}', `licensing: {decisions: ${decisions}}`);

function project(count: number): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'report-cache-'));
  const paths = Array.from({ length: count }, (_, i) => join(dir, `u${String(i).padStart(3, '0')}.yaml`));
  paths.forEach((p, i) => writeFileSync(p, unit(i)));
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

/** A clock ten seconds ahead: the files were written well before the scan, so none is racy. */
const later = () => BigInt(Date.now() + 10_000) * 1_000_000n;

/** The CLI's store on disk, committed after every scan as a successful build does. */
function onDisk(inner: Scanner, dir: string, now = later): Scanner {
  const store = diskCacheStore(join(dir, 'cache'));
  const scanner = cachedScanner(inner, store, { tool: 'test', blockSize: 4, now });
  return async (job, progress) => {
    const results = await scanner(job, progress);
    store.commit();
    return results;
  };
}

const job = (paths: string[]): ScanJob => ({ chunks: chunksOf(paths, 7), formatId: 'gb2021', sum: true });
const comparable = async (scanner: Scanner, paths: string[]) => {
  const merged = mergeScans(await scanner(job(paths)));
  return { files: [...merged.files].sort((a, b) => byCodeUnit(a.file, b.file)), diagnostics: merged.diagnostics, sums: merged.sums };
};
const decisions = (result: Awaited<ReturnType<typeof comparable>>) => result.sums?.whole.figures['active_disclosure.licensing.decisions'];
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('build cache', () => {
  it('answers as a cold scan, and rescans only the block of a changed file', async () => {
    const { dir, paths } = project(24);
    const cold = inProcessScanner(diskFiles);
    const inner = counting(cold);
    const cached = onDisk(inner.scanner, dir);
    expect(await comparable(cached, paths)).toEqual(await comparable(cold, paths));
    expect(inner.scanned()).toBe(24);

    expect(await comparable(cached, paths)).toEqual(await comparable(cold, paths));
    expect(inner.scanned()).toBe(24);

    writeFileSync(paths[5], unit(5, 3510));
    const after = await comparable(cached, paths);
    expect(after).toEqual(await comparable(cold, paths));
    expect(decisions(after)).toBe(24 * 350 + 3160);
    expect(inner.scanned()).toBeLessThan(24 + 12);
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows files added and removed', async () => {
    const { dir, paths } = project(10);
    const cold = inProcessScanner(diskFiles);
    const cached = onDisk(cold, dir);
    await comparable(cached, paths);
    const fewer = paths.slice(1);
    expect(await comparable(cached, fewer)).toEqual(await comparable(cold, fewer));
    const extra = join(dir, 'z.yaml');
    writeFileSync(extra, unit(99));
    expect(await comparable(cached, [...fewer, extra])).toEqual(await comparable(cold, [...fewer, extra]));
    rmSync(dir, { recursive: true, force: true });
  });

  // Each edit keeps the size (350 → 351) and gives the file back its old mtime.
  const sameSize = (path: string, i: number) => unit(i, 351);
  it.each([
    ['touch -r (content edited, mtime restored)', (path: string, i: number) => {
      const { atime, mtime } = statSync(path);
      writeFileSync(path, sameSize(path, i));
      utimesSync(path, atime, mtime);
    }],
    ['a replacement by rename (as rsync -t and editors that save atomically do)', (path: string, i: number) => {
      const { atime, mtime } = statSync(path);
      writeFileSync(`${path}.new`, sameSize(path, i));
      utimesSync(`${path}.new`, atime, mtime);
      renameSync(`${path}.new`, path);
    }],
  ])('sees %s', async (_, change) => {
    const { dir, paths } = project(12);
    const cold = inProcessScanner(diskFiles);
    const cached = onDisk(cold, dir);
    await comparable(cached, paths);
    change(paths[3], 3);
    const after = await comparable(cached, paths);
    expect(decisions(after)).toBe(12 * 350 + 1);
    expect(after).toEqual(await comparable(cold, paths));
    expect(after.files.find((f) => f.file === paths[3])?.sha256).toBe(sha256(paths[3]));
    rmSync(dir, { recursive: true, force: true });
  });

  // A file system with a coarse clock: an edit in the same tick as the scan leaves size,
  // mtime, ctime and inode as they were. Only the racy check can see it.
  it('scans again a file edited within the same second as the scan that cached it', async () => {
    const texts: Record<string, string> = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`u${i}.yaml`, unit(i)]));
    const files: InputFiles = { glob: () => Object.keys(texts), read: (p) => new TextEncoder().encode(texts[p]) };
    const second = 1_700_000_000n * 1_000_000_000n;
    const written = new Map<string, string>();
    const stats = (mtimeNs: bigint): CacheStore => ({
      stat: (path): FileStat => ({ size: BigInt(texts[path].length), mtimeNs, ctimeNs: mtimeNs, ino: 7n }),
      read: (name) => written.get(name),
      write: (name, text) => void written.set(name, text),
    });
    const paths = Object.keys(texts);
    const inner = counting(inProcessScanner(files));
    // The files were written in the second the scan runs in.
    const racy = cachedScanner(inner.scanner, stats(second), { tool: 't', blockSize: 4, now: () => second + 400_000_000n });
    await comparable(racy, paths);
    texts['u3.yaml'] = unit(3, 351);
    expect(decisions(await comparable(racy, paths))).toBe(8 * 350 + 1);
    expect(inner.scanned()).toBe(16);

    // Files written long before the scan are trusted on their stamps.
    written.clear();
    const old = cachedScanner(inner.scanner, stats(second - 60n * 1_000_000_000n), { tool: 't', blockSize: 4, now: () => second });
    await comparable(old, paths);
    const before = inner.scanned();
    await comparable(old, paths);
    expect(inner.scanned()).toBe(before);
  });
});
