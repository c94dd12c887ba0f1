// `report diff OLD.json NEW.json [--check]`: the 更正说明 between two builds, as Markdown.
import { readFileSync } from 'node:fs';
import { correctionMarkdown, diffReports, isUnchanged, parseReportJson } from '../diff.js';
import { UsageError } from '../diagnostics/errors.js';
import { reportJsonProblems } from '../diagnostics/messages/usage.js';
import { bothLanguages, type WordValue, systemReason } from '../diagnostics/messages/localized.js';

/** A report.json from the disk, parsed exactly; anything else is a usage error naming the file. */
export function readReportJson(path: string, which: WordValue): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new UsageError('report-json-unreadable', { which, path, reason: systemReason(cause) }, { cause });
  }
  try {
    return parseReportJson(text);
  } catch (cause) {
    throw new UsageError('report-json-not-json', { which, path, reason: (cause as Error).message }, { cause });
  }
}

/** `report diff`: the 更正说明 on stdout. */
export function diff(oldPath: string, newPath: string, flags: { check?: boolean }): void {
  const result = diffReports(readReportJson(oldPath, { 'zh-CN': '原报告', en: 'old' }), readReportJson(newPath, { 'zh-CN': '新报告', en: 'new' }));
  if (!result.ok) throw new UsageError('reports-unusable', { old: oldPath, new: newPath, problem: bothLanguages(reportJsonProblems[result.problem.id], result.problem.data) });
  process.stdout.write(correctionMarkdown(result.correction));
  process.exitCode = flags.check && !isUnchanged(result.correction) ? 1 : 0;
}
