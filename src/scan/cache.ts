// The incremental build cache, in the output folder: one scan result per block of
// submission files (blocks by a hash of the path). A block is kept while every one of its
// files has the stamp it had, as git's index keeps an entry: size, modification and
// change time in nanoseconds and inode, so `touch -r`, `cp -p`, `rsync -t` and a
// replacement by rename are all seen (each changes the ctime or the inode). A file whose
// mtime is not clearly older than the scan that cached it may have changed within the
// same clock tick without changing its stamp ("racy", in git's word): its block is
// scanned again. A new build of the tool, or another format, starts afresh.
// Rebuilding after one file changed rescans, and rewrites, only that file's block.
// The disk is reached only through the CacheStore the caller passes in.
import { createHash } from 'node:crypto';
import type { ScannedFile, ScanResult, Scanner } from '../validate/scan.js';

/** What `stat` tells of a file, in nanoseconds where it is a time. */
export interface FileStat {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
}

/** What the cache needs of the disk: the submissions' stats and its own files. */
export interface CacheStore {
  /** A submission file's stat, or undefined when it cannot be read (the scan then reports it). */
  stat(path: string): FileStat | undefined;
  /** One of the cache's own files, by name; undefined when absent or unreadable. */
  read(name: string): string | undefined;
  /** Writes one of the cache's own files atomically; best-effort (the cache only saves time). */
  write(name: string, text: string): void;
}

export interface CacheOptions {
  /** The tool's version and build: a new build of the tool never reads an old cache. */
  readonly tool: string;
  /** About how many files share a block (and are rescanned together). */
  readonly blockSize?: number;
  /** The wall clock in nanoseconds (a test may stop it). */
  readonly now?: () => bigint;
}

/**
 * How much older than the scan a file's mtime must be for its stamp to be trusted:
 * file systems keep times in ticks (2 s on FAT, 1 s on some network and older disks) and
 * from a clock that may lag the process's by a tick.
 */
const racyWindowNs = 3_000_000_000n;


/** A plain submission's summary as a row: file, sha256, id, year, format, name, group, 上年结转, 结转下年度 by column. */
type Row = [string, string, string, unknown, unknown, string, string | null, number[], number[]];

interface StoredResult {
  readonly columns: readonly string[];
  /** Plain submissions as rows; anything else (a consolidated input, a file with errors) as it is. */
  readonly files: readonly (Row | ScannedFile)[];
  readonly diagnostics: ScanResult['diagnostics'];
  readonly sources: [string, string][];
  readonly sums?: ScanResult['sums'];
}

const sameKeys = (record: Readonly<Record<string, number>> | undefined, columns: readonly string[]): boolean =>
  record !== undefined && Object.keys(record).length === columns.length && columns.every((c) => c in record);

/** Most files are plain submissions: kept as rows, the cache reads back in half the time. */
function storedOf(result: ScanResult): StoredResult {
  const columns = Object.keys(result.files.find((f) => f.carriedOver)?.carriedOver ?? {});
  const files = result.files.map((f): Row | ScannedFile => {
    const unit = f.units[0];
    const plain =
      !f.consolidated && !f.failed && f.id !== undefined && f.units.length === 1 && unit.id === f.id && unit.sha256 === f.sha256 &&
      f.covers.length === 1 && sameKeys(f.carriedOver, columns) && sameKeys(unit.carried_forward, columns);
    if (!plain) return f;
    return [f.file, f.sha256, f.id!, f.year, f.format, unit.name, unit.group ?? null, columns.map((c) => f.carriedOver![c]), columns.map((c) => unit.carried_forward![c])];
  });
  return { columns, files, diagnostics: result.diagnostics, sources: [...result.sources], ...(result.sums ? { sums: result.sums } : {}) };
}

function restore(stored: StoredResult): ScanResult {
  const { columns } = stored;
  const byColumn = (values: number[]) => Object.fromEntries(columns.map((c, i) => [c, values[i]]));
  const files = stored.files.map((entry): ScannedFile => {
    if (!Array.isArray(entry)) return entry;
    const [file, sha256, id, year, format, name, group, over, forward] = entry;
    const unit = { id, name, ...(group === null ? {} : { group }), sha256, carried_forward: byColumn(forward) };
    return { file, sha256, id, year, format, covers: [{ id, path: ['id'] }], carriedOver: byColumn(over), units: [unit], consolidated: false, failed: false };
  });
  return { files, diagnostics: stored.diagnostics, sources: new Map(stored.sources), ...(stored.sums ? { sums: stored.sums } : {}) };
}

/** index.json: the key, when the scan began, and for each block a hash of its files' paths and stamps. */
interface CacheIndex {
  readonly key: string;
  /** Nanoseconds since 1970, as text. */
  readonly scanned: string;
  readonly blocks: Record<string, string>;
}

const stampOf = (stat: FileStat | undefined): string => (stat ? `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}` : '');

const hash = (text: string): string => createHash('sha1').update(text).digest('hex');

/** FNV-1a of the path: cheap, and stable across runs and machines. */
function blockOf(path: string, blocks: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0) % blocks;
}

function parse<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** Each block's result is a file of its own, so a rebuild writes only the blocks that changed. */
export function cachedScanner(inner: Scanner, store: CacheStore, { tool, blockSize = 400, now = () => BigInt(Date.now()) * 1_000_000n }: CacheOptions): Scanner {
  return async (job, onProgress) => {
    const scanned = now();
    const paths = job.chunks.flat();
    const blocks = 2 ** Math.ceil(Math.log2(Math.max(1, paths.length / blockSize)));
    const key = `${tool}|${job.formatId ?? ''}|${job.sum}|${blocks}`;
    const index = parse<CacheIndex>(store.read('index.json'));
    const known = index?.key === key ? index.blocks : {};
    const trustedBefore = index?.key === key && /^\d+$/.test(index.scanned) ? BigInt(index.scanned) - racyWindowNs : -1n;
    const members = new Map<number, string[]>();
    for (const path of paths) {
      const b = blockOf(path, blocks);
      if (!members.has(b)) members.set(b, []);
      members.get(b)!.push(path);
    }
    const stamps = new Map<number, string>();
    const racy = new Set<number>();
    for (const [b, list] of members) {
      const stats = list.map((p) => store.stat(p));
      if (stats.some((s) => s !== undefined && s.mtimeNs >= trustedBefore)) racy.add(b);
      stamps.set(b, hash(list.map((p, i) => `${p}|${stampOf(stats[i])}`).join('\n')));
    }
    const results = new Map<number, ScanResult>();
    for (const b of members.keys()) {
      if (racy.has(b) || known[b] !== stamps.get(b)) continue;
      const stored = parse<StoredResult>(store.read(`block-${b}.json`));
      if (stored) results.set(b, restore(stored));
    }
    const stale = [...members.keys()].filter((b) => !results.has(b));
    const fresh = await inner({ ...job, chunks: stale.map((b) => members.get(b)!) }, onProgress);
    stale.forEach((b, i) => {
      results.set(b, fresh[i]);
      store.write(`block-${b}.json`, JSON.stringify(storedOf(fresh[i])));
    });
    store.write('index.json', JSON.stringify({ key, scanned: String(scanned), blocks: Object.fromEntries(stamps) } satisfies CacheIndex));
    return [...results.keys()].sort((a, b) => a - b).map((b) => results.get(b)!);
  };
}
