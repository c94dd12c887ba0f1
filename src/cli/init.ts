// `report init [dir]`
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { findFormat, formatForYear, formatIds } from '../formats/index.js';
import { listOf, oneOf } from '../diagnostics/messages/localized.js';
import { formatYearRefusal } from './format-year.js';
import { cliText } from './words.js';
import { levelDefaults, levels, type Level } from '../scaffold/levels.js';
import { scaffoldProject } from '../scaffold/project.js';
import { makeDirectory } from './make-directory.js';

interface InitOptions {
  readonly region?: string;
  readonly level: string;
  readonly year?: string;
  readonly format?: string;
  readonly compiledBy?: string;
}

/** `report init`: a new project folder, refusing to overwrite anything. */
export function init(dir: string, options: InitOptions): void {
  if (!(levels as readonly string[]).includes(options.level)) throw new UsageError('level-unknown', { given: options.level, choices: listOf(levels) });
  const level = options.level as Level;
  const region = options.region ?? levelDefaults[level].region;
  const year = options.year === undefined ? new Date().getFullYear() - 1 : Number(options.year);
  if (!Number.isInteger(year)) throw new UsageError('year-invalid', { flag: '--year', given: options.year! });
  const format = options.format ? findFormat(options.format) : formatForYear(year);
  if (!format) {
    throw options.format ? new UsageError('format-unknown', { given: options.format, choices: oneOf(formatIds) }) : new UsageError('format-for-year-none', { year, choices: oneOf(formatIds) });
  }
  const refusal = formatYearRefusal(format, year, `--format ${format.id}`);
  if (refusal) throw refusal;
  const files = scaffoldProject({ region, year, format, level, compiledBy: options.compiledBy ?? levelDefaults[level].office(region) });
  const existing = Object.keys(files).filter((f) => existsSync(join(dir, f)));
  if (existing.length > 0) throw new UsageError('init-exists', { files: listOf(existing.map((f) => join(dir, f))) });
  for (const [file, text] of Object.entries(files)) {
    makeDirectory(dirname(join(dir, file)));
    writeFileSync(join(dir, file), text, { flag: 'wx' });
  }
  makeDirectory(join(dir, 'submissions'));
  process.stderr.write(`${cliText('init-created', { dir })}\n`);
}
