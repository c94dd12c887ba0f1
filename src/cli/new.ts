// `report new <agency-id> --name 名称 [--group G]`
import { idPattern } from '../formats/shared.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../diagnostics/errors.js';
import { findFormat, formatForYear, formatIds } from '../formats/index.js';
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

/** Year and format: flags first, then the project's report.yaml, then last year. */
function projectDefaults(dir: string): { year?: number; format?: string } {
  const configPath = join(dir, 'report.yaml');
  if (!existsSync(configPath)) return {};
  try {
    const config = parse(readFileSync(configPath, 'utf8')) as { year?: number; format?: string };
    return { year: config?.year, format: config?.format };
  } catch {
    return {};
  }
}

export function newCommand(program: Command): void {
  program
    .command('new')
    .description('write a submission with every cell 0, each key commented with its printed label')
    .argument('<agency-id>', 'the agency id: letters, digits, - and _ (it names the output files)')
    .requiredOption('--name <名称>', "the agency's full name")
    .option('--group <group>', 'its subtotal group (one of report.yaml groups)')
    .option('--year <year>', 'the year reported on (default: report.yaml, else last year)')
    .option('--format <id>', `${formatIds.join(' | ')} (default: from the year)`)
    .option('-o, --output <file>', 'where to write it (default: submissions/<agency-id>.yaml)')
    .option('--dir <dir>', 'the project folder', '.')
    .option('--xlsx', 'write a workbook laid out like the printed tables (submissions/<agency-id>.xlsx) instead of YAML')
    .action(async (id: string, options: NewOptions) => {
      if (!new RegExp(idPattern).test(id)) throw new UsageError(`agency id "${id}": use letters, digits, - and _ only`);
      const defaults = projectDefaults(options.dir);
      const year = options.year !== undefined ? Number(options.year) : (defaults.year ?? new Date().getFullYear() - 1);
      if (!Number.isInteger(year)) throw new UsageError(`--year "${options.year}" is not a year`);
      const formatId = options.format ?? defaults.format;
      const format = formatId !== undefined ? findFormat(formatId) : formatForYear(year);
      if (!format) throw new UsageError(`no national format "${formatId ?? year}": expected ${formatIds.join(' or ')}`);
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
    });
}
