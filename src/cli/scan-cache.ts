// The incremental build cache, in the output folder: one scan result per block of
// submission files (blocks by a hash of the path), kept while every file of its block has
// the size and modification time it had. The content hash each result records is what
// the report lists. A new build of the tool, or another format, starts afresh.
// Rebuilding after one file changed rescans, and rewrites, only that file's block.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScannedFile, ScanResult, Scanner } from '../validate/scan.js';


/** A plain submission's summary as a row: file, sha256, id, year, format, name, group, 上年结转, 结转下年度 by column, the group the file names. */
type Row = [string, string, string, unknown, unknown, string, string | null, number[], number[], string | null];

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
function store(result: ScanResult): StoredResult {
  const columns = Object.keys(result.files.find((f) => f.carriedOver)?.carriedOver ?? {});
  const files = result.files.map((f): Row | ScannedFile => {
    const unit = f.units[0];
    const plain =
      !f.consolidated && !f.failed && f.id !== undefined && f.units.length === 1 && unit.id === f.id && unit.sha256 === f.sha256 &&
      f.covers.length === 1 && f.name === unit.name && sameKeys(f.carriedOver, columns) && sameKeys(unit.carried_forward, columns);
    if (!plain) return f;
    return [f.file, f.sha256, f.id!, f.year, f.format, unit.name, unit.group ?? null, columns.map((c) => f.carriedOver![c]), columns.map((c) => unit.carried_forward![c]), f.group ?? null];
  });
  return { columns, files, diagnostics: result.diagnostics, sources: [...result.sources], ...(result.sums ? { sums: result.sums } : {}) };
}

function restore(stored: StoredResult): ScanResult {
  const { columns } = stored;
  const byColumn = (values: number[]) => Object.fromEntries(columns.map((c, i) => [c, values[i]]));
  const files = stored.files.map((entry): ScannedFile => {
    if (!Array.isArray(entry)) return entry;
    const [file, sha256, id, year, format, name, group, over, forward, named] = entry;
    const unit = { id, name, ...(group === null ? {} : { group }), sha256, carried_forward: byColumn(forward) };
    return { file, sha256, id, year, format, name, ...(named === null ? {} : { group: named }), covers: [{ id, path: ['id'] }], carriedOver: byColumn(over), units: [unit], consolidated: false, failed: false };
  });
  return { files, diagnostics: stored.diagnostics, sources: new Map(stored.sources), ...(stored.sums ? { sums: stored.sums } : {}) };
}

/** index.json: the key, and for each block a hash of its files' paths, sizes and times. */
interface CacheIndex {
  readonly key: string;
  readonly blocks: Record<string, string>;
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

const hash = (text: string): string => createHash('sha1').update(text).digest('hex');

/** FNV-1a of the path: cheap, and stable across runs and machines. */
function blockOf(path: string, blocks: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0) % blocks;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * The cache only saves time: where it cannot be written (a read-only or blocked output
 * folder), the build goes on without it, and the write of the outputs reports the folder.
 */
function writeAtomically(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    return;
  }
}

/**
 * `blockSize`: about how many files share a block (and are rescanned together). Each
 * block's result is a file of its own, so a rebuild writes only the blocks that changed.
 */
export function cachedScanner(inner: Scanner, cacheDir: string, blockSize = 400): Scanner {
  return async (job, onProgress) => {
    const paths = job.chunks.flat();
    const blocks = 2 ** Math.ceil(Math.log2(Math.max(1, paths.length / blockSize)));
    const key = `${toolStamp()}|${job.formatId ?? ''}|${job.sum}|${blocks}|${hash(JSON.stringify(job.groupOf ?? {}))}`;
    const indexFile = join(cacheDir, 'index.json');
    const index = readJson<CacheIndex>(indexFile);
    const known = index?.key === key ? index.blocks : {};
    const members = new Map<number, string[]>();
    for (const path of paths) {
      const b = blockOf(path, blocks);
      if (!members.has(b)) members.set(b, []);
      members.get(b)!.push(path);
    }
    const stamps = new Map([...members].map(([b, list]) => [b, hash(list.map((p) => `${p}|${stamp(p)}`).join('\n'))]));
    const results = new Map<number, ScanResult>();
    for (const b of members.keys()) {
      if (known[b] !== stamps.get(b)) continue;
      const stored = readJson<StoredResult>(join(cacheDir, `block-${b}.json`));
      if (stored) results.set(b, restore(stored));
    }
    const stale = [...members.keys()].filter((b) => !results.has(b));
    const fresh = await inner({ ...job, chunks: stale.map((b) => members.get(b)!) }, onProgress);
    stale.forEach((b, i) => {
      results.set(b, fresh[i]);
      writeAtomically(join(cacheDir, `block-${b}.json`), JSON.stringify(store(fresh[i])));
    });
    writeAtomically(indexFile, JSON.stringify({ key, blocks: Object.fromEntries(stamps) } satisfies CacheIndex));
    return [...results.keys()].sort((a, b) => a - b).map((b) => results.get(b)!);
  };
}
