// `report validate [dir or files…]`
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { joinPath } from '../load/files.js';
import { checkFiles, checkProject, type CheckedProject, type CheckOptions } from '../validate/check.js';
import { addCommonOptions, report, type CommonOptions } from './common.js';
import { diskFiles } from './files.js';
import { diskScanner } from './scanner.js';
import { progressBar } from './progress.js';

/** A folder with report.yaml is a project; other folders give their YAML files; files are taken as they are. */
export function checkPaths(paths: readonly string[], options: CheckOptions = {}): Promise<CheckedProject> {
  const targets = paths.length === 0 ? ['.'] : paths;
  if (targets.length === 1 && isDirectory(targets[0]) && existsSync(joinPath(targets[0], 'report.yaml'))) {
    return checkProject(targets[0], basename(resolve(targets[0])), diskFiles, options);
  }
  const files = targets.flatMap((t) => (isDirectory(t) ? diskFiles.glob(t, ['**/*.yaml', '**/*.yml']) : [t]));
  return checkFiles(files, diskFiles, options);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function validateCommand(program: Command): void {
  addCommonOptions(
    program
      .command('validate')
      .description('check submissions against the schema and the consistency rules; writes nothing')
      .argument('[paths...]', 'a project folder (with report.yaml), folders of submissions, or files'),
  ).action(async (paths: string[], options: CommonOptions) => {
    const progress = progressBar(options);
    const checked = await checkPaths(paths, { scanner: () => diskScanner(), onProgress: progress.update });
    progress.done();
    const { text, failed } = report(checked.diagnostics, options, checked);
    process.stdout.write(text);
    process.exitCode = checked.configFailed ? 2 : failed ? 1 : 0;
  });
}
