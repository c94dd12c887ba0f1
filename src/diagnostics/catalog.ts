// Every diagnostic code with its severity and what it means. The rule codes equal the
// table in formats.md (a test keeps them equal); the load/, config/ and narrative/
// families cover what that table leaves out: files that cannot be read as submissions,
// report.yaml, and the office's prose.
import type { Severity } from './diagnostic.js';

export const catalog = {
  'active/total-published': { severity: 'warning', title: 'gb2019: 对外公开总数量 is smaller than 本年新公开数量' },
  'appeals/total': { severity: 'error', title: 'a given 总计 differs from upheld + corrected + other + pending' },
  'config/chart-needs-previous': { severity: 'error', title: 'charts: `change` asks for last year\'s figures, but report.yaml names no previous.json' },
  'config/file': { severity: 'error', title: 'a file named in report.yaml is missing or unreadable' },
  'config/no-submissions': { severity: 'error', title: 'the submissions glob matches no file' },
  'continuity/carried-over': { severity: 'warning', title: "上年结转 differs from last year's 结转下年度继续办理" },
  'load/alias': { severity: 'error', title: 'too many YAML aliases (a resource-exhaustion guard)' },
  'load/binary': { severity: 'error', title: 'the file is binary, not YAML text' },
  'load/duplicate-key': { severity: 'error', title: 'the same key twice in one mapping' },
  'load/empty': { severity: 'error', title: 'the file is empty' },
  'load/encoding': { severity: 'error', title: 'the file is not UTF-8' },
  'load/not-mapping': { severity: 'error', title: 'the top level is not a mapping of keys' },
  'load/syntax': { severity: 'error', title: 'the file is not valid YAML' },
  'load/unreadable': { severity: 'error', title: 'the file cannot be read' },
  'narrative/placeholder': { severity: 'error', title: 'a placeholder that names no figure' },
  'narrative/syntax': { severity: 'error', title: 'a narrative template that cannot be parsed' },
  'requests/balance': { severity: 'error', title: '一 + 二 = 三（七）总计 + 四 for every column' },
  'requests/results-total': { severity: 'error', title: 'a given （七）总计 differs from the sum of the result rows' },
  'requests/row-total': { severity: 'error', title: 'a given 总计 differs from the sum of the six applicant cells' },
  'roster/missing': { severity: 'error', title: 'an agency on the roster sent nothing' },
  'roster/unknown': { severity: 'warning', title: 'a submission from an agency not on the roster' },
  'schema/decimal-places': { severity: 'error', title: 'an amount with more decimal places than allowed' },
  'schema/range': { severity: 'error', title: 'a number out of range' },
  'schema/required': { severity: 'error', title: 'a required key is missing' },
  'schema/type': { severity: 'error', title: 'a value of the wrong type' },
  'schema/unknown-key': { severity: 'error', title: 'a key the format does not have' },
  'schema/value': { severity: 'error', title: 'a value not among those allowed' },
  'submission/duplicate': { severity: 'error', title: 'two submissions for the same agency id' },
  'submission/format': { severity: 'error', title: "a submission's format differs from the report's" },
  'submission/year': { severity: 'error', title: "a submission's year differs from the report's" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type Code = keyof typeof catalog;
