// `report validate [dir or files…]`
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { joinPath, slashed } from '../load/files.js';
import { checkFiles, checkProject, type CheckedProject, type CheckOptions } from '../validate/check.js';
import { exitStatus, report, type CommonOptions } from './common.js';
import { diskFiles } from './files.js';
import { diskScanner } from './scanner.js';
import { progressBar } from './progress.js';

/** A folder with report.yaml is a project; other folders give their YAML files and workbooks; files are taken as they are. */
export function checkPaths(paths: readonly string[], options: CheckOptions = {}): Promise<CheckedProject> {
  const targets = paths.length === 0 ? ['.'] : paths.map(slashed);
  if (isProject(targets)) return checkProject(targets[0], basename(resolve(targets[0])), diskFiles, options);
  const files = targets.flatMap((t) => (isDirectory(t) ? diskFiles.glob(t, ['**/*.{yaml,yml,xlsx,xls,et}']) : [t]));
  return checkFiles(files, diskFiles, options);
}

function isProject(targets: readonly string[]): boolean {
  return targets.length === 1 && isDirectory(targets[0]) && existsSync(joinPath(targets[0], 'report.yaml'));
}

/** A project is checked as a build that renders nothing, so its narrative is checked against the sums too. */
async function checkProjectWithProse(dir: string, options: CommonOptions, onProgress: ((done: number, total: number) => void) | undefined): Promise<{ checked: CheckedProject; diagnostics: readonly Diagnostic[] }> {
  // Loaded here: checking loose files (the common one-file case) needs no build, narrative or renderer.
  const [{ build }, { bundled }] = await Promise.all([import('../build.js'), import('./build.js')]);
  const result = await build(dir, basename(resolve(dir)), diskFiles, {
    strict: false,
    allowMissing: options.allowMissing === true,
    formats: [],
    perAgency: false,
    date: new Date(0),
    bundled,
    scanner: () => diskScanner(),
    onProgress,
  });
  return { checked: result.checked, diagnostics: result.diagnostics };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `report validate`: check, print the diagnostics, and set the exit status; writes nothing. */
export async function validate(paths: string[], options: CommonOptions): Promise<void> {
  const progress = progressBar(options);
  const targets = paths.length === 0 ? ['.'] : paths;
  const { checked, diagnostics } = isProject(targets)
    ? await checkProjectWithProse(targets[0], options, progress.update)
    : await checkPaths(paths, { scanner: () => diskScanner(), onProgress: progress.update }).then((c) => ({ checked: c, diagnostics: c.diagnostics }));
  progress.done();
  const { text, failed } = report(diagnostics, options, checked);
  process.stdout.write(text);
  process.exitCode = exitStatus(diagnostics, failed, checked.configFailed);
}
