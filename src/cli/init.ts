// `report init [dir]`
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../diagnostics/errors.js';
import { findFormat, formatForYear, formatYearConflict } from '../formats/index.js';
import { levelDefaults, levels, type Level } from '../scaffold/levels.js';
import { scaffoldProject } from '../scaffold/project.js';

interface InitOptions {
  readonly region?: string;
  readonly level: string;
  readonly year?: string;
  readonly format?: string;
  readonly compiledBy?: string;
}

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('start a report project: report.yaml, an example roster and narrative')
    .argument('[dir]', 'the folder to create or fill', '.')
    .option('--level <level>', `the level of the compiling government: ${levels.join(' | ')}`, 'city')
    .option('--region <name>', 'the city, county, district or township (default: 示例市, 示例县, …)')
    .option('--year <year>', 'the year reported on (default: last year)')
    .option('--format <id>', 'gb2019 | gb2021 (default: from the year)')
    .option('--compiled-by <office>', 'the compiling office (default: <region>人民政府办公厅 for a city, 办公室 for a county or district)')
    .action((dir: string, options: InitOptions) => {
      if (!(levels as readonly string[]).includes(options.level)) throw new UsageError(`--level ${options.level}: expected ${levels.join(', ')}`);
      const level = options.level as Level;
      const region = options.region ?? levelDefaults[level].region;
      const year = options.year === undefined ? new Date().getFullYear() - 1 : Number(options.year);
      if (!Number.isInteger(year)) throw new UsageError(`--year ${options.year} is not a year`);
      const format = options.format ? findFormat(options.format) : formatForYear(year);
      if (!format) throw new UsageError(`no national format ${options.format ?? `for ${year}`}: expected gb2019 or gb2021`);
      const conflict = formatYearConflict(format, year);
      if (conflict) throw new UsageError(`--year ${year} with --format ${format.id}: ${conflict}`);
      const files = scaffoldProject({ region, year, format, level, compiledBy: options.compiledBy ?? levelDefaults[level].office(region) });
      const existing = Object.keys(files).filter((f) => existsSync(join(dir, f)));
      if (existing.length > 0) throw new UsageError(`${existing.map((f) => join(dir, f)).join(', ')} exist already; nothing was written`);
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text, { flag: 'wx' });
      }
      mkdirSync(join(dir, 'submissions'), { recursive: true });
      process.stderr.write(`created ${dir}: next, \`report new <agency-id> --name 名称 --dir ${dir}\` for each agency, then \`report build ${dir}\`\n`);
    });
}
