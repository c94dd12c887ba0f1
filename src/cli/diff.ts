// `report diff OLD.json NEW.json [--check]`: the 更正说明 between two builds, as Markdown.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { correctionMarkdown, diffReports, isUnchanged, parseReportJson } from '../diff.js';
import { UsageError } from '../diagnostics/errors.js';

/** A report.json from the disk, parsed exactly; anything else is a usage error naming the file. */
export function readReportJson(path: string, flag: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new UsageError(`${flag} ${path}: cannot read it (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, { cause });
  }
  try {
    return parseReportJson(text);
  } catch (cause) {
    throw new UsageError(`${flag} ${path}: not JSON (${(cause as Error).message}); expected a report.json written by report build`, { cause });
  }
}

export function diffCommand(program: Command): void {
  program
    .command('diff')
    .description('print the 更正说明 between two builds (report.json): changed figures, units, narrative parts')
    .argument('<old>', 'report.json of the build published before')
    .argument('<new>', 'report.json of the new build')
    .option('--check', 'exit 1 when anything differs (for CI)')
    .action((oldPath: string, newPath: string, flags: { check?: boolean }) => {
      const result = diffReports(readReportJson(oldPath, 'old'), readReportJson(newPath, 'new'));
      if (!result.ok) throw new UsageError(`${oldPath} and ${newPath}: ${result.problem}`);
      process.stdout.write(correctionMarkdown(result.correction));
      process.exitCode = flags.check && !isUnchanged(result.correction) ? 1 : 0;
    });
}
