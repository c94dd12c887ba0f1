// Chooses how submissions are scanned: on every core, reading the disk, and for a
// build through the cache in its output folder. The scanning itself is src/scan/.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cachedScanner, type CacheStore } from '../scan/cache.js';
import { poolScanner } from '../scan/pool.js';
import type { Scanner } from '../validate/scan.js';
import { diskFiles } from './files.js';

const filesModule = new URL('./files.js', import.meta.url).href;

/** "size:mtime" of a file, or "" when it cannot be read. */
function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
}

/** The cache's files under `dir`, written atomically; where they cannot be written the build goes on without. */
export function diskCacheStore(dir: string): CacheStore {
  return {
    stamp,
    read(name) {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    },
    write(name, text) {
      const file = join(dir, name);
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, text);
        renameSync(temporary, file);
      } catch {
        return;
      }
    },
  };
}

/** The tool's version and build: a new build of the tool never reads an old cache. */
function toolStamp(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `${pkg.version}:${stamp(new URL('../validate/compiled/gb2021.cjs', import.meta.url).pathname)}`;
}

/** Scans on every core; with `cacheDir`, through the build cache kept there. */
export function diskScanner(cacheDir?: string): Scanner {
  const pool = poolScanner(diskFiles, { filesModule });
  return cacheDir === undefined ? pool : cachedScanner(pool, diskCacheStore(cacheDir), { tool: toolStamp() });
}
