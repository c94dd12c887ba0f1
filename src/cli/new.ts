// `report new <agency-id> --name 名称 [--group G]`
import { idPattern } from '../formats/shared.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { findFormat, formatForYear, formatIds, formatYearConflict } from '../formats/index.js';
import { parse } from 'yaml';
import { scaffoldSubmission } from '../scaffold/submission.js';
import { scaffoldWorkbook } from '../scaffold/workbook.js';
import { shippedPath, toolVersion } from '../shipped-files.js';

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
    throw new UsageError(`--year ${year}: ${config} reports on ${defaults.year}, and validate refuses a submission for another year (submission/year)`);
  }
  if (defaults.format !== undefined && format.id !== defaults.format) {
    throw new UsageError(`${format.id} for ${year}: ${config} uses ${defaults.format}, and validate refuses a submission in another format (submission/format)`);
  }
  if (group !== undefined && defaults.groups !== undefined && !defaults.groups.includes(group)) {
    const declared = defaults.groups.length === 0 ? 'declares no subtotal groups' : `declares ${defaults.groups.join(', ')}`;
    throw new UsageError(`--group ${group}: ${config} ${declared}; a unit must fall in one of its groups (add it to \`groups:\` there, or choose one of them)`);
  }
}

/** `report new`: one submission scaffold, refusing to overwrite anything. */
export async function newSubmission(id: string, options: NewOptions): Promise<void> {
  if (!new RegExp(idPattern).test(id)) throw new UsageError(`agency id "${id}": use letters, digits, - and _ only`);
  const defaults = projectDefaults(options.dir);
  const year = options.year !== undefined ? Number(options.year) : (defaults.year ?? new Date().getFullYear() - 1);
  if (!Number.isInteger(year)) throw new UsageError(`--year "${options.year}" is not a year`);
  const formatId = options.format ?? defaults.format;
  const format = formatId !== undefined ? findFormat(formatId) : formatForYear(year);
  if (!format) throw new UsageError(`no national format "${formatId ?? year}": expected ${formatIds.join(' or ')}`);
  checkAgainstProject(options.dir, defaults, year, format, options.group);
  const conflict = formatYearConflict(format, year);
  if (conflict) throw new UsageError(`--year ${year} with ${format.id}: ${conflict}`);
  const output = options.output ?? join(options.dir, 'submissions', `${id}.${options.xlsx ? 'xlsx' : 'yaml'}`);
  if (existsSync(output)) throw new UsageError(`${output} exists already; it is left as it is (choose another path with --output)`);
  const schemaFile = shippedPath(`schemas/${format.id}.schema.json`);
  const schemaUrl = schemaFile === undefined ? undefined : relative(dirname(resolve(output)), schemaFile).split('\\').join('/');
  mkdirSync(dirname(output), { recursive: true });
  if (options.xlsx) {
    const bytes = await scaffoldWorkbook({ id, name: options.name, group: options.group, year, format, generator: `report ${toolVersion()}` });
    writeFileSync(output, bytes, { flag: 'wx' });
    process.stderr.write(`wrote ${output} (${format.id}, ${year}): send it to the agency; only the yellow cells are filled in\n`);
    return;
  }
  writeFileSync(output, scaffoldSubmission({ id, name: options.name, group: options.group, year, format, schemaUrl }), { flag: 'wx' });
  process.stderr.write(`wrote ${output} (${format.id}, ${year}): fill in the figures, then run report validate\n`);
}
