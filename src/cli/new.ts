// `report new <agency-id> --name 名称 [--group G]`
import { idPattern } from '../formats/shared.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { findFormat, formatForYear, formatIds } from '../formats/index.js';
import { listOf, oneOf } from '../diagnostics/messages/localized.js';
import { formatYearRefusal } from './format-year.js';
import { cliText } from './words.js';
import { parse } from 'yaml';
import { scaffoldSubmission } from '../scaffold/submission.js';
import { scaffoldWorkbook } from '../scaffold/workbook.js';
import { shippedPath, toolVersion } from '../shipped-files.js';
import { makeDirectory } from './make-directory.js';

interface NewOptions {
  readonly name: string;
  readonly group?: string;
  readonly year?: string;
  readonly format?: string;
  readonly output?: string;
  readonly dir: string;
  readonly xlsx?: boolean;
}

interface ProjectDefaults {
  readonly year?: number;
  readonly format?: string;
  /** The subtotal groups report.yaml declares; undefined without a report.yaml. */
  readonly groups?: readonly string[];
}

/** Year, format and groups: flags first, then the project's report.yaml, then last year. */
function projectDefaults(dir: string): ProjectDefaults {
  const configPath = join(dir, 'report.yaml');
  if (!existsSync(configPath)) return {};
  try {
    const config = parse(readFileSync(configPath, 'utf8')) as { year?: number; format?: string; groups?: unknown };
    const groups = Array.isArray(config?.groups) ? config.groups.filter((g): g is string => typeof g === 'string') : [];
    return { year: config?.year, format: config?.format, groups };
  } catch {
    return {};
  }
}

/** What validate would refuse later, refused now: another year, a format the year does not use, an undeclared group. */
function checkAgainstProject(dir: string, defaults: ProjectDefaults, year: number, format: { id: string }, group: string | undefined): void {
  const config = join(dir, 'report.yaml');
  if (defaults.year !== undefined && year !== defaults.year) {
    throw new UsageError('new-other-year', { year, config, projectYear: defaults.year });
  }
  if (defaults.format !== undefined && format.id !== defaults.format) {
    throw new UsageError('new-other-format', { format: format.id, year, config, projectFormat: defaults.format });
  }
  if (group !== undefined && defaults.groups !== undefined && !defaults.groups.includes(group)) {
    throw defaults.groups.length === 0 ? new UsageError('new-group-none', { group, config }) : new UsageError('new-group-unknown', { group, config, groups: listOf(defaults.groups) });
  }
}

/** `report new`: one submission scaffold, refusing to overwrite anything. */
export async function newSubmission(id: string, options: NewOptions): Promise<void> {
  if (!new RegExp(idPattern).test(id)) throw new UsageError('agency-id-invalid', { id });
  const defaults = projectDefaults(options.dir);
  const year = options.year !== undefined ? Number(options.year) : (defaults.year ?? new Date().getFullYear() - 1);
  if (!Number.isInteger(year)) throw new UsageError('year-invalid', { flag: '--year', given: options.year! });
  const formatId = options.format ?? defaults.format;
  const format = formatId !== undefined ? findFormat(formatId) : formatForYear(year);
  if (!format) throw formatId !== undefined ? new UsageError('format-unknown', { given: formatId, choices: oneOf(formatIds) }) : new UsageError('format-for-year-none', { year, choices: oneOf(formatIds) });
  checkAgainstProject(options.dir, defaults, year, format, options.group);
  const refusal = formatYearRefusal(format, year, format.id);
  if (refusal) throw refusal;
  const output = options.output ?? join(options.dir, 'submissions', `${id}.${options.xlsx ? 'xlsx' : 'yaml'}`);
  if (existsSync(output)) throw new UsageError('new-exists', { output });
  const schemaFile = shippedPath(`schemas/${format.id}.schema.json`);
  const schemaUrl = schemaFile === undefined ? undefined : relative(dirname(resolve(output)), schemaFile).split('\\').join('/');
  makeDirectory(dirname(output));
  if (options.xlsx) {
    const bytes = await scaffoldWorkbook({ id, name: options.name, group: options.group, year, format, generator: `report ${toolVersion()}` });
    writeFileSync(output, bytes, { flag: 'wx' });
    process.stderr.write(`${cliText('new-wrote-xlsx', { output, format: format.id, year })}\n`);
    return;
  }
  writeFileSync(output, scaffoldSubmission({ id, name: options.name, group: options.group, year, format, schemaUrl }), { flag: 'wx' });
  process.stderr.write(`${cliText('new-wrote-yaml', { output, format: format.id, year })}\n`);
}
