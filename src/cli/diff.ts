// `report diff OLD.json NEW.json [--check]`: the 更正说明 between two builds, as Markdown.
import { readFileSync } from 'node:fs';
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

/** `report diff`: the 更正说明 on stdout. */
export function diff(oldPath: string, newPath: string, flags: { check?: boolean }): void {
  const result = diffReports(readReportJson(oldPath, 'old'), readReportJson(newPath, 'new'));
  if (!result.ok) throw new UsageError(`${oldPath} and ${newPath}: ${result.problem}`);
  process.stdout.write(correctionMarkdown(result.correction));
  process.exitCode = flags.check && !isUnchanged(result.correction) ? 1 : 0;
}
