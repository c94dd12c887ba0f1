// `report validate [dir or files…]`
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { joinPath } from '../load/files.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SeverityOptions } from '../diagnostics/severity.js';
import { prepareReport } from '../prepare.js';
import { checkFiles, type CheckedProject, type CheckOptions } from '../validate/check.js';
import { bundled } from './build.js';
import { addCommonOptions, exitStatus, report, type CommonOptions } from './common.js';
import { diskFiles } from './files.js';
import { diskScanner } from './scanner.js';
import { progressBar } from './progress.js';

/**
 * A folder with report.yaml is a project, checked as build checks it up to rendering
 * (narratives included); other folders give their YAML files; files are taken as they are.
 */
export async function checkPaths(paths: readonly string[], options: CheckOptions & SeverityOptions): Promise<{ checked: CheckedProject; diagnostics: readonly Diagnostic[] }> {
  const targets = paths.length === 0 ? ['.'] : paths;
  if (targets.length === 1 && isDirectory(targets[0]) && existsSync(joinPath(targets[0], 'report.yaml'))) {
    const dir = targets[0];
    return prepareReport(dir, basename(resolve(dir)), diskFiles, { ...options, date: new Date(), bundled });
  }
  const files = targets.flatMap((t) => (isDirectory(t) ? diskFiles.glob(t, ['**/*.yaml', '**/*.yml']) : [t]));
  const checked = await checkFiles(files, diskFiles, options);
  return { checked, diagnostics: checked.diagnostics };
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
    const severity = { strict: options.strict === true, allowMissing: options.allowMissing === true };
    const { checked, diagnostics } = await checkPaths(paths, { ...severity, scanner: () => diskScanner(), onProgress: progress.update });
    progress.done();
    const { text, failed } = report(diagnostics, options, checked);
    process.stdout.write(text);
    process.exitCode = exitStatus(diagnostics, failed, checked.configFailed);
  });
}
