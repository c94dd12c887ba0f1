// `report init [dir]`
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** `report init`: a new project folder, refusing to overwrite anything. */
export function init(dir: string, options: InitOptions): void {
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
}
