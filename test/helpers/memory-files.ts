// An in-memory InputFiles for project tests.
import type { InputFiles } from '../../src/load/files.js';
import { joinPath } from '../../src/load/files.js';
import { byCodeUnit } from '../../src/order.js';

export function memoryFiles(files: Readonly<Record<string, string | Uint8Array>>): InputFiles {
  const encoded = new Map(Object.entries(files).map(([p, t]) => [p, typeof t === 'string' ? new TextEncoder().encode(t) : t]));
  return {
    glob(dir, patterns) {
      const expanded = patterns.flatMap((p) => {
        const brace = /\{([^}]*)\}/.exec(p);
        return brace ? brace[1].split(',').map((alt) => p.replace(brace[0], alt)) : [p];
      });
      const regexes = expanded.map((p) => new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*') + '$'));
      return [...encoded.keys()]
        .filter((p) => regexes.some((r) => r.test(p.slice(dir === '.' ? 0 : dir.length + 1))) && (dir === '.' || p.startsWith(dir + '/')))
        .map((p) => joinPath(dir === '.' ? '' : '', p))
        .sort(byCodeUnit);
    },
    read: (path) => encoded.get(path),
  };
}
