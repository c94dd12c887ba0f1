// `report build [dir] [--out DIR] [--formats md,html,pdf,json] [--per-agency]`
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Bundled, BuildResult } from '../build.js';
import type { RenderReuse } from '../render/reuse.js';
import type { InputFiles } from '../load/files.js';
import { UsageError } from '../diagnostics/errors.js';
import { countOf, listOf, systemReason } from '../diagnostics/messages/localized.js';
import { cliText } from './words.js';
import { outputFormats, type OutputFormat } from '../load/config.js';
import { slashed } from '../load/files.js';
import { exitStatus, report, type CommonOptions } from './common.js';
import { diskFiles } from './files.js';
import { cachedDiskScanner, diskCacheStore, type DiskCacheStore } from './scanner.js';
import { progressBar } from './progress.js';
import { pdfWorkers } from '../scan/pdf-pool.js';
import { shippedBytes, shippedFontPaths, shippedFonts, shippedText } from '../shipped-files.js';
import { stopCleanlyOnSignals } from './signals.js';
import { writeOutputs, type Written } from './write.js';

interface BuildFlags extends CommonOptions {
  readonly out?: string;
  readonly formats?: string;
  readonly perAgency?: boolean;
  readonly embedFonts?: boolean;
  readonly previousBuild?: string;
  readonly watch?: boolean;
}

/** What a watch session keeps between builds (src/cli/watch.ts); a one-off build uses the defaults. */
export interface BuildSession {
  readonly files?: InputFiles;
  readonly bundled?: Bundled;
  readonly cacheStore?: (dir: string) => DiskCacheStore;
  readonly reuse?: RenderReuse;
}

export function parseFormats(text: string | undefined): OutputFormat[] | undefined {
  if (text === undefined) return undefined;
  const list = text.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = list.filter((f) => !(outputFormats as readonly string[]).includes(f));
  if (unknown.length > 0 || list.length === 0) throw new UsageError('formats-invalid', { given: text, choices: listOf(outputFormats) });
  return list as OutputFormat[];
}

/** SOURCE_DATE_EPOCH (seconds) makes the report's date, and so its bytes, reproducible. */
export function buildDate(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError('source-date-epoch', { given: epoch });
  return new Date(Number(epoch) * 1000);
}

/** The bundled Noto Serif SC and page template, used unless report.yaml names others. */
export const bundled: Bundled = {
  fonts: () => ({ body: shippedBytes(shippedFonts.body), heading: shippedBytes(shippedFonts.heading) }),
  fontPaths: shippedFontPaths,
  htmlTemplate: () => shippedText('templates/report.html.hbs'),
};

/** --previous-build: read here so a missing file is a usage error before any work. */
function previousBuildOf(path: string): { file: string; bytes: Uint8Array } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new UsageError('report-json-unreadable', { which: '--previous-build', path, reason: systemReason(cause) }, { cause });
  }
  return { file: slashed(path), bytes };
}

/** `report build`: validate, consolidate, render, and write the outputs. */
export async function buildProject(given: string, flags: BuildFlags): Promise<void> {
  const dir = slashed(given);
  const formats = parseFormats(flags.formats);
  if (flags.watch) return (await import('./watch.js')).watchCommand(dir, flags, formats);
  let wrote = false;
  const stopListening = stopCleanlyOnSignals(() => cliText(wrote ? 'stopped-written' : 'stopped-nothing-written'));
  try {
    await runBuild(dir, flags, formats, () => (wrote = true));
  } finally {
    stopListening();
  }
}

/** One build, its diagnostics printed and its outputs written; the result, for a watch session to follow report.yaml. */
export async function runBuild(dir: string, flags: BuildFlags, formats: OutputFormat[] | undefined, onWritten: () => void, session: BuildSession = {}): Promise<BuildResult> {
  const previousBuild = flags.previousBuild === undefined ? undefined : previousBuildOf(flags.previousBuild);
  const progress = progressBar(flags);
  // Written only once the outputs are: a failed build leaves the cache as it was.
  let cache: DiskCacheStore | undefined;
  // The build (and handlebars with it) loads when the command runs, not for `report --help`.
  const { build } = await import('../build.js');
  const result = await build(dir, basename(resolve(dir)), session.files ?? diskFiles, {
    strict: flags.strict === true,
    allowMissing: flags.allowMissing === true,
    formats,
    perAgency: flags.perAgency === true,
    embedFonts: flags.embedFonts === true,
    date: buildDate(process.env),
    bundled: session.bundled ?? bundled,
    scanner: (outputDir) => cachedDiskScanner((cache = (session.cacheStore ?? diskCacheStore)(join(flags.out ?? outputDir!, '.report-cache')))),
    reuse: session.reuse,
    onProgress: progress.update,
    previousBuild,
    // A watch session draws the one report in this thread, with the fonts it keeps; new workers would parse them again.
    pdfWorkers: session.reuse && !flags.perAgency ? undefined : pdfWorkers(availableParallelism()),
  });
  progress.done();
  const { text } = report(result.diagnostics, flags, result.checked);
  process.stdout.write(text);
  if (result.failed) {
    process.stderr.write(`${cliText('build-nothing-written')}\n`);
    process.exitCode = exitStatus(result.diagnostics, true, result.checked.configFailed);
    return result;
  }
  const outDir = flags.out ?? result.outputDir!;
  let written: Written;
  try {
    written = writeOutputs(outDir, result.outputs);
    onWritten();
    cache?.commit();
  } catch (cause) {
    throw new UsageError('outputs-unwritable', { dir: outDir, reason: systemReason(cause) }, { cause });
  }
  for (const file of written.kept) process.stderr.write(`${cliText('build-kept', { file: slashed(file) })}\n`);
  if (flags.quiet) return result;
  const files = (n: number) => countOf(n, 'file', '个文件');
  const removed = written.removed.length > 0 ? cliText('build-removed', { files: files(written.removed.length) }) : '';
  process.stderr.write(`${cliText('build-wrote', { files: files(written.written.length), dir: slashed(outDir), removed })}\n`);
  return result;
}
