// mkdir -p without Node's own recursive mkdir, which loops forever, in native code that
// Ctrl-C cannot stop, where a folder cannot be made under one that exists (/proc/x on
// Linux: mkdir answers ENOENT there, not EACCES). Each missing folder is made in turn, so
// such a folder fails at once with the system's error.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export function makeDirectory(path: string): void {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat?.isDirectory()) break;
    // A file where a folder must be stays in the list: making it fails with EEXIST below.
    missing.push(at);
    if (stat || dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}
