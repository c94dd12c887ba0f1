// What a watch session keeps in memory between builds, so that a rebuild after one edit
// does only the work that edit needs: the bundled fonts and page template (read once), large
// input files while their stat is unchanged (so fonts named in report.yaml are parsed once:
// src/render/reuse.ts keys them by their bytes), and the build cache's files.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Bundled } from '../build.js';
import type { InputFiles } from '../load/files.js';
import { diskCacheStore, type DiskCacheStore } from './scanner.js';

/** Files at least this large are kept while their stamp holds; smaller ones are read afresh. */
const keptFrom = 256 * 1024;

function once<T>(read: () => T): () => T {
  let value: { readonly is: T } | undefined;
  return () => (value ??= { is: read() }).is;
}

/** The files that ship with the tool do not change while it runs. */
export function bundledOnce(bundled: Bundled): Bundled {
  return { fonts: once(() => bundled.fonts()), htmlTemplate: once(() => bundled.htmlTemplate()) };
}

function stampOf(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The disk, with large files kept while their size, mtime, ctime and inode stay the same
 * (git's index stamp): the same file gives the same bytes object, and a changed one new bytes.
 */
export function keptLargeFiles(disk: InputFiles): InputFiles & { forget(path: string): void } {
  const kept = new Map<string, { readonly stamp: string; readonly bytes: Uint8Array }>();
  return {
    glob: (dir, patterns) => disk.glob(dir, patterns),
    /** The watcher saw it change: read it afresh even if the stamp looks the same (a change within one clock tick). */
    forget: (path) => kept.delete(resolve(path)),
    read(path) {
      const stamp = stampOf(path);
      const known = kept.get(resolve(path));
      if (stamp !== undefined && known?.stamp === stamp) return known.bytes;
      const bytes = disk.read(path);
      // Stamped before the read: a write during the read changes the stamp, so the next build reads again.
      if (bytes && stamp !== undefined && bytes.byteLength >= keptFrom) kept.set(resolve(path), { stamp, bytes });
      else kept.delete(resolve(path));
      return bytes;
    },
  };
}

/** Build-cache stores whose files, once read or committed, are kept in memory for the next build. */
export function rememberingCacheStores(): (dir: string) => DiskCacheStore {
  const remembered = new Map<string, Map<string, string>>();
  return (dir) => {
    const disk = diskCacheStore(dir);
    let known = remembered.get(dir);
    if (!known) remembered.set(dir, (known = new Map()));
    const memory = known;
    const pending = new Map<string, string>();
    return {
      stat: disk.stat,
      read(name) {
        if (pending.has(name)) return pending.get(name);
        if (!memory.has(name)) {
          const text = disk.read(name);
          if (text === undefined) return undefined;
          memory.set(name, text);
        }
        return memory.get(name);
      },
      write(name, text) {
        pending.set(name, text);
        disk.write(name, text);
      },
      commit() {
        disk.commit();
        for (const [name, text] of pending) memory.set(name, text);
        pending.clear();
      },
    };
  };
}
