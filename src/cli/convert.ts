// `report convert FILE... --to yaml|xlsx [-o DIR]`
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { convertSubmission, type ConvertTarget } from '../convert.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/errors.js';
import { readDocument } from '../read/index.js';
import { createSubmissionValidator } from '../validate/run.js';
import { report, type CommonOptions } from './common.js';
import { diskFiles } from './files.js';
import { cliText } from './words.js';
import { shippedPath, toolVersion } from '../shipped-files.js';
import { makeDirectory } from './make-directory.js';

interface ConvertFlags extends CommonOptions {
  readonly to: ConvertTarget;
  readonly output?: string;
}


/** `report convert`: each submission without errors, written in the other form. */
export async function convert(paths: string[], flags: ConvertFlags): Promise<void> {
  const validate = createSubmissionValidator();
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const written: string[] = [];
  for (const path of paths) {
    const target = join(flags.output ?? dirname(path), `${basename(path, extname(path))}.${flags.to}`);
    if (resolve(target) === resolve(path)) throw new UsageError('convert-same-form', { path, to: flags.to });
    if (existsSync(target)) throw new UsageError('exists-choose-folder', { target });
    const read = await readDocument(diskFiles, path);
    if (!read.ok) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    if (read.document.text !== undefined) sources.set(path, read.document.text);
    const converted = await convertSubmission(read.document, {
      to: flags.to,
      validate,
      generator: `report ${toolVersion()}`,
      schemaUrl: (id) => {
        const schemaFile = shippedPath(`schemas/${id}.schema.json`);
        return schemaFile === undefined ? undefined : relative(dirname(resolve(target)), schemaFile).split('\\').join('/');
      },
    });
    diagnostics.push(...converted.diagnostics);
    if (!converted.ok) continue;
    makeDirectory(dirname(target));
    writeFileSync(target, converted.bytes, { flag: 'wx' });
    written.push(target);
  }
  const { text, failed } = report(diagnostics, flags, { sources, files: paths.length });
  if (diagnostics.length > 0 || !flags.quiet) process.stdout.write(text);
  for (const target of written) process.stderr.write(`${cliText('convert-wrote', { file: target })}\n`);
  process.exitCode = failed || written.length < paths.length ? 1 : 0;
}
