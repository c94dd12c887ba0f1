// Chooses how submissions are scanned: on every core, reading the disk, and for a
// build through the cache in its output folder. The scanning itself is src/scan/.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { toolBuildStamp } from '../shipped-files.js';
import { dirname, join } from 'node:path';
import { cachedScanner, type CacheStore, type FileStat } from '../scan/cache.js';
import { poolScanner } from '../scan/pool.js';
import type { Scanner } from '../validate/scan.js';
import { diskFiles } from './files.js';
import { makeDirectory } from './make-directory.js';

const filesModule = new URL('./files.js', import.meta.url).href;

function stat(path: string): FileStat | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return { size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino };
  } catch {
    return undefined;
  }
}

export interface DiskCacheStore extends CacheStore {
  /**
   * Writes what the scan left for the cache, each file atomically: called only when the
   * build succeeded, so a failed build writes nothing. Where the folder cannot be written
   * the build goes on without (the cache only saves time).
   */
  commit(): void;
}

/** The cache's files under `dir`; writes wait for commit(). */
export function diskCacheStore(dir: string): DiskCacheStore {
  const pending = new Map<string, string>();
  return {
    stat,
    read(name) {
      if (pending.has(name)) return pending.get(name);
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    },
    write(name, text) {
      pending.set(name, text);
    },
    commit() {
      // The index last: until it is written, the old index names the old blocks' stamps,
      // and a block file newer than its index entry is only ever read when the stamps agree.
      const names = [...pending.keys()].sort((a, b) => Number(a === 'index.json') - Number(b === 'index.json'));
      for (const name of names) {
        const file = join(dir, name);
        try {
          makeDirectory(dirname(file));
          const temporary = `${file}.${process.pid}.tmp`;
          writeFileSync(temporary, pending.get(name)!);
          renameSync(temporary, file);
        } catch {
          return;
        }
      }
      pending.clear();
    },
  };
}

/** Scans on every core. */
export function diskScanner(): Scanner {
  return poolScanner(diskFiles, { filesModule });
}

/** Scans on every core through the build cache kept in `store`. */
export function cachedDiskScanner(store: CacheStore): Scanner {
  return cachedScanner(diskScanner(), store, { tool: toolBuildStamp() });
}
