// Writes a build's outputs atomically: everything goes to a temporary folder inside the
// output folder first, then each file is renamed into place. A failure before the
// renames leaves the previous outputs as they were; files we did not write are never touched.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeOutputs(outDir: string, outputs: ReadonlyMap<string, Uint8Array>): string[] {
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(join(outDir, '.report-staging-'));
  try {
    for (const [relative, bytes] of outputs) {
      const target = join(staging, relative);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    for (const relative of outputs.keys()) {
      const target = join(outDir, relative);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(staging, relative), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return [...outputs.keys()].map((relative) => join(outDir, relative));
}
