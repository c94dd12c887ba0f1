// The incremental build cache, in the output folder: one scan result per block of
// submission files (blocks by a hash of the path), kept while every file of its block has
// the size and modification time it had. The content hash each result records is what
// the report lists. A new build of the tool, or another format, starts afresh.
// Rebuilding after one file changed rescans only that file's block.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScanResult, Scanner } from '../validate/scan.js';


type StoredResult = Omit<ScanResult, 'sources'> & { readonly sources: [string, string][] };

interface CacheFile {
  readonly key: string;
  readonly blocks: Record<string, { readonly stamps: string; readonly result: StoredResult }>;
}

/** "size:mtime" of a file, or "" when it cannot be read (the scan then reports it). */
function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
}

/** The tool's version and build: a new build of the tool never reads an old cache. */
function toolStamp(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `${pkg.version}:${stamp(new URL('../validate/compiled/gb2021.cjs', import.meta.url).pathname)}`;
}

function blockOf(path: string, blocks: number): number {
  return createHash('sha1').update(path).digest().readUInt32BE(0) % blocks;
}

function readCache(file: string, key: string): CacheFile | undefined {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.key === key ? cache : undefined;
  } catch {
    return undefined;
  }
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** `blockSize`: about how many files share a block (and are rescanned together). */
export function cachedScanner(inner: Scanner, cacheDir: string, blockSize = 400): Scanner {
  const file = join(cacheDir, 'scan.json');
  return async (job, onProgress) => {
    const paths = job.chunks.flat();
    const blocks = 2 ** Math.ceil(Math.log2(Math.max(1, paths.length / blockSize)));
    const key = `${toolStamp()}|${job.formatId ?? ''}|${job.sum}|${blocks}`;
    const cache = readCache(file, key);
    const members = new Map<number, string[]>();
    for (const path of paths) {
      const b = blockOf(path, blocks);
      if (!members.has(b)) members.set(b, []);
      members.get(b)!.push(path);
    }
    const stamps = new Map([...members].map(([b, list]) => [b, list.map((p) => `${p}|${stamp(p)}`).join('\n')]));
    const stale = [...members.keys()].filter((b) => cache?.blocks[b]?.stamps !== stamps.get(b));
    const fresh = await inner({ ...job, chunks: stale.map((b) => members.get(b)!) }, onProgress);
    const results = new Map<number, ScanResult>();
    for (const b of members.keys()) {
      const cached = cache?.blocks[b];
      if (cached && !stale.includes(b)) results.set(b, { ...cached.result, sources: new Map(cached.result.sources) });
    }
    stale.forEach((b, i) => results.set(b, fresh[i]));
    const stored: CacheFile = {
      key,
      blocks: Object.fromEntries([...results].map(([b, r]) => [b, { stamps: stamps.get(b)!, result: { ...r, sources: [...r.sources] } }])),
    };
    writeAtomically(file, JSON.stringify(stored));
    return [...results.keys()].sort((a, b) => a - b).map((b) => results.get(b)!);
  };
}
