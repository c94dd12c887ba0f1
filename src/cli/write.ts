// Writes a build's outputs so that the output folder always holds one build's complete
// set. Every file is written into a staging folder first; then a commit record (the new
// manifest and the old files to remove) is written there in one rename, and only then are
// the files renamed into place, the previous build's leftovers removed and the manifest
// replaced. A build stopped before the commit record leaves the old set; one stopped
// after it is finished by the next run (rollForward), which also removes stale staging.
// Only files a build wrote, and still as it wrote them, are ever removed.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDirectory } from './make-directory.js';

/** What the last build wrote: path relative to the output folder → sha256 of its bytes. */
export const manifestName = '.report-manifest.json';
const stagingPrefix = '.report-staging-';
const commitName = 'commit.json';

interface Commit {
  /** The new manifest. */
  readonly files: Record<string, string>;
  /** Files of the previous build that this one did not write, with the hash they must still have. */
  readonly remove: Record<string, string>;
}

export interface Written {
  readonly written: string[];
  readonly removed: string[];
  /** Files of an earlier build that were changed since: not this build's, so left alone. */
  readonly kept: string[];
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function hashOf(file: string): string | undefined {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Writes a file whole or not at all: a temporary name in the same folder, then a rename. */
function writeWhole(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function readManifest(outDir: string): Record<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, manifestName), 'utf8')) as { files?: unknown };
    const files = parsed.files;
    if (typeof files !== 'object' || files === null || Array.isArray(files)) return {};
    // Only plain relative paths, so a tampered manifest cannot point outside the folder.
    return Object.fromEntries(Object.entries(files).filter(([path, hash]) => typeof hash === 'string' && isPlainRelative(path)));
  } catch {
    return {};
  }
}

const isPlainRelative = (path: string): boolean => path !== '' && !path.startsWith('/') && !path.split(/[\\/]/).some((part) => part === '..' || part === '' || part === '.');

/** Removes folders a removal left empty, up to (not including) the output folder. */
function pruneEmpty(outDir: string, relative: string): void {
  for (let dir = dirname(relative); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    const full = join(outDir, dir);
    if (!existsSync(full) || readdirSync(full).length > 0) return;
    rmdirSync(full);
  }
}

/** Carries out a commit record: moves the staged files into place, removes the leftovers, replaces the manifest. */
function rollForward(outDir: string, staging: string, commit: Commit): string[] {
  for (const relative of Object.keys(commit.files)) {
    const staged = join(staging, 'files', relative);
    if (!existsSync(staged)) continue; // moved before an interruption
    const target = join(outDir, relative);
    makeDirectory(dirname(target));
    renameSync(staged, target);
  }
  const removed: string[] = [];
  for (const [relative, hash] of Object.entries(commit.remove)) {
    const target = join(outDir, relative);
    if (hashOf(target) !== hash) continue;
    rmSync(target, { force: true });
    pruneEmpty(outDir, relative);
    removed.push(relative);
  }
  writeWhole(join(outDir, manifestName), `${JSON.stringify({ files: commit.files }, null, 1)}\n`);
  rmSync(staging, { recursive: true, force: true });
  return removed;
}

/**
 * Staging folders an interrupted build left: one with a commit record is finished, any
 * other is removed (it never became the output).
 */
export function recoverStaging(outDir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(outDir).filter((name) => name.startsWith(stagingPrefix));
  } catch {
    return;
  }
  for (const name of entries) {
    const staging = join(outDir, name);
    let commit: Commit | undefined;
    try {
      commit = JSON.parse(readFileSync(join(staging, commitName), 'utf8')) as Commit;
    } catch {
      commit = undefined;
    }
    if (commit && typeof commit.files === 'object' && typeof commit.remove === 'object') {
      rollForward(outDir, staging, {
        files: Object.fromEntries(Object.entries(commit.files).filter(([p]) => isPlainRelative(p))),
        remove: Object.fromEntries(Object.entries(commit.remove).filter(([p]) => isPlainRelative(p))),
      });
    } else rmSync(staging, { recursive: true, force: true });
  }
}

export function writeOutputs(outDir: string, outputs: ReadonlyMap<string, Uint8Array>): Written {
  makeDirectory(outDir);
  recoverStaging(outDir);
  const previous = readManifest(outDir);
  const staging = mkdtempSync(join(outDir, stagingPrefix));
  try {
    const files: Record<string, string> = {};
    for (const [relative, bytes] of outputs) {
      const target = join(staging, 'files', relative);
      makeDirectory(dirname(target));
      writeFileSync(target, bytes);
      files[relative] = sha256(bytes);
    }
    const remove: Record<string, string> = {};
    const kept: string[] = [];
    for (const [relative, hash] of Object.entries(previous)) {
      if (outputs.has(relative)) continue;
      const now = hashOf(join(outDir, relative));
      if (now === hash) remove[relative] = hash;
      else if (now !== undefined) kept.push(join(outDir, relative));
    }
    writeWhole(join(staging, commitName), JSON.stringify({ files, remove } satisfies Commit));
    const removed = rollForward(outDir, staging, { files, remove });
    return { written: [...outputs.keys()].map((relative) => join(outDir, relative)), removed: removed.map((r) => join(outDir, r)), kept };
  } catch (error) {
    // Before the commit record the old set is untouched; after it, the next run finishes the job.
    if (!existsSync(join(staging, commitName))) rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
