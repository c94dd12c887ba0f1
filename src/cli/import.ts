// `report import FILE... [-o DIR] [--previous]`: published reports → submissions, with a
// verdict per report. Reads and writes the disk; the work is src/import.ts.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { oneOf } from '../diagnostics/messages/localized.js';
import { findFormat, formatIds } from '../formats/index.js';
import type { ImportedReport, ImportOptions } from '../import.js';
import { importAll } from '../scan/import-pool.js';
import { report, type CommonOptions } from './common.js';
import { makeDirectory } from './make-directory.js';

interface ImportFlags extends CommonOptions {
  readonly output: string;
  readonly year?: string;
  readonly format?: string;
  readonly name?: string;
  readonly previous?: boolean;
}

/** What import wrote before may be written again; a file a person made is never overwritten. */
const ourMark = '# imported by `report import`';

function isReadableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function writable(path: string): boolean {
  if (!existsSync(path)) return true;
  try {
    return readFileSync(path, 'utf8').startsWith(ourMark);
  } catch {
    return false;
  }
}

function importOptions(flags: ImportFlags, files: readonly string[]): ImportOptions {
  const year = flags.year === undefined ? undefined : Number(flags.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) throw new UsageError('year-invalid', { flag: '--year', given: flags.year! });
  const format = flags.format === undefined ? undefined : findFormat(flags.format);
  if (flags.format !== undefined && !format) throw new UsageError('format-unknown', { given: flags.format, choices: oneOf(formatIds) });
  if (flags.name !== undefined && files.length > 1) throw new UsageError('import-name-one-file');
  if (flags.previous && files.length !== 1) throw new UsageError('import-previous-one-file', { count: files.length });
  return { year, format, name: flags.name };
}

/** `report import`: each published report read into a submission, with its verdict. */
export async function importReports(files: string[], flags: ImportFlags): Promise<void> {
  const options = importOptions(flags, files);
  const outputs = new Map<string, string>();
  for (const file of files) {
    const name = `${(file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '')}.yaml`;
    const other = outputs.get(name);
    if (other !== undefined && !flags.previous) throw new UsageError('import-same-output', { other, file, name });
    outputs.set(name, file);
    const target = join(flags.output, name);
    if (!flags.previous && !writable(target)) throw new UsageError('import-not-ours', { target });
  }
  for (const file of files) {
    if (!isReadableFile(file)) throw new UsageError('file-unreadable', { file });
  }
  // A fresh buffer per file (not Node's shared pool), so it can be handed to a worker whole.
  const inputs = files.map((file) => ({ file, bytes: () => new Uint8Array(readFileSync(file)) }));
  const imported: ImportedReport[] = await importAll(inputs, options);
  const sources = new Map<string, string>();
  makeDirectory(flags.output);
  for (const r of imported) {
    if (r.yaml === undefined) continue;
    if (flags.previous) writeFileSync(join(flags.output, 'previous.json'), `${JSON.stringify(r.value, null, 2)}\n`);
    else writeFileSync(join(flags.output, r.output), r.yaml);
  }
  const verdicts = imported.map((r) => ({ ...r.verdict, ...(r.verdict.output ? { output: join(flags.output, flags.previous ? 'previous.json' : r.verdict.output) } : {}) }));
  const { text, failed } = report(imported.flatMap((r) => r.diagnostics), flags, { sources, files: files.length, verdicts });
  process.stdout.write(text);
  process.exitCode = failed ? 1 : 0;
}
