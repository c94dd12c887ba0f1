// The real disk behind InputFiles.
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { joinPath, type InputFiles } from '../load/files.js';
import { byCodeUnit } from '../order.js';


// `~$name.xlsx` is the lock file Excel and WPS keep beside a workbook while it is open.
export const diskFiles: InputFiles = {
  glob(dir, patterns) {
    const found = globSync([...patterns], { cwd: dir === '' ? '.' : dir, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/~$*'] });
    return found.map((p) => joinPath(dir, p)).sort(byCodeUnit);
  },
  read(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
};

/** The same disk under the name the scan's worker threads import (src/scan/worker.ts). */
export const files = diskFiles;
