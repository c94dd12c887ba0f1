// `report build --watch` (and the builds behind `report preview`): builds, then builds
// again after each edit of a submission, a narrative, report.yaml or a file it names. Each
// rebuild prints its diagnostics as `report build` does and writes through the same staging
// writer, so a failing rebuild leaves the last good outputs in place. chokidar is loaded
// only here, when a session starts.
import { basename, relative, resolve, sep } from 'node:path';
import type { FSWatcher } from 'chokidar';
import type { BuildResult } from '../build.js';
import { UsageError } from '../diagnostics/errors.js';
import type { OutputFormat, ReportConfig } from '../load/config.js';
import { joinPath, slashed } from '../load/files.js';
import { renderReuse } from '../render/reuse.js';
import { namedInputs } from '../watch/inputs.js';
import { rebuildScheduler } from '../watch/schedule.js';
import { bundled, runBuild, type BuildSession } from './build.js';
import type { CommonOptions } from './common.js';
import { diskFiles } from './files.js';
import { currentLang } from './lang.js';
import { stopCleanlyOnSignals } from './signals.js';
import { bundledOnce, keptLargeFiles, rememberingCacheStores } from './watch-reuse.js';
import { cliText, cliWords } from './words.js';
import { bothLanguages, listOf } from '../diagnostics/messages/localized.js';
import type { Template } from '../diagnostics/messages/types.js';

/**
 * How long a burst of file events must have been quiet before a rebuild starts: an
 * editor's save takes a few milliseconds; a save to a network drive may take longer
 * (REPORT_WATCH_QUIET_MS).
 */
export function quietMs(env: NodeJS.ProcessEnv): number {
  const given = env.REPORT_WATCH_QUIET_MS;
  if (given === undefined || given === '') return 40;
  if (!/^\d+$/.test(given)) throw new UsageError('watch-quiet-invalid', { given });
  return Number(given);
}

export interface WatchFlags extends CommonOptions {
  readonly out?: string;
  readonly perAgency?: boolean;
  readonly embedFonts?: boolean;
  readonly previousBuild?: string;
}

/** What a build of the session ended with: the output folder it wrote to (or would have). */
export interface Built {
  readonly ok: boolean;
  readonly outDir?: string;
}

export interface WatchSession {
  /** The output folder of the last build that got as far as reading report.yaml. */
  outDir(): string | undefined;
  close(): Promise<void>;
}

const isUnder = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** Starts the session: the first build at once, then one per burst of relevant changes. */
export async function startWatching(dir: string, flags: WatchFlags, formats: OutputFormat[] | undefined, onBuilt: (built: Built) => void = () => {}): Promise<WatchSession> {
  const quiet = quietMs(process.env);
  const say = (line: string): void => void process.stderr.write(`${line}\n`);
  const root = resolve(dir);
  const files = keptLargeFiles(diskFiles);
  const session: BuildSession = { files, bundled: bundledOnce(bundled), cacheStore: rememberingCacheStores(), reuse: renderReuse() };

  let config: ReportConfig | undefined;
  let named = new Set(namedInputs(dir, undefined).map((p) => resolve(p)));
  let submissions = new Set<string>();
  let outDir: string | undefined = flags.out === undefined ? undefined : resolve(flags.out);
  // Every output folder of the session: what a build writes there is never an input.
  const outputs = new Set<string>(outDir ? [outDir] : []);
  const globSubmissions = (): Set<string> => new Set(config ? diskFiles.glob(dir, config.submissions).map((p) => resolve(p)) : []);

  const follow = (result: BuildResult | undefined): void => {
    if (!result?.checked.config) return;
    config = result.checked.config;
    named = new Set(namedInputs(dir, config).map((p) => resolve(p)));
    submissions = globSubmissions();
    outDir = resolve(flags.out ?? joinPath(dir, config.output.dir));
    outputs.add(outDir);
    for (const path of named) if (!isUnder(path, root)) watcher.add(path);
    if (isUnder(outDir, root) && outDir !== root) watcher.unwatch(outDir);
  };

  const buildOnce = async (first = false): Promise<void> => {
    let result: BuildResult | undefined;
    let wrote = false;
    try {
      result = await runBuild(dir, flags, formats, () => (wrote = true), session);
    } catch (error) {
      // Bad usage (a missing --previous-build, an output folder that cannot be written) stops the session before it starts.
      if (first && error instanceof UsageError) throw error;
      // A build that cannot finish (an unwritable folder, a broken --previous-build) ends this build, not the session.
      say(error instanceof UsageError ? cliText('usage-error', { text: error.text(currentLang()) }) : cliText('internal-error', { text: (error as Error)?.message ?? String(error) }));
      if (flags.debug && !(error instanceof UsageError)) say(String((error as Error)?.stack ?? error));
    }
    // A watch session's status is not one build's.
    process.exitCode = undefined;
    follow(result);
    // The staging writer leaves the folder as the last build that wrote it left it.
    if (!wrote && outDir !== undefined) say(cliText('watch-kept', { dir: slashed(relative(process.cwd(), outDir) || '.') }));
    onBuilt({ ok: wrote, outDir });
  };

  /**
   * The changed paths that are inputs of the build: report.yaml and the files it names, and
   * the submissions before and after (a file added or removed counts when the glob finds it).
   */
  const inputsAmong = (changed: readonly string[]): string[] => {
    // Until report.yaml has been read, nobody knows what the inputs are: any change may fix the build.
    if (!config) return [...changed];
    const found = globSubmissions();
    return changed.filter((p) => named.has(p) || submissions.has(p) || found.has(p));
  };

  let settleFirst: (error?: unknown) => void = () => {};
  const firstBuilt = new Promise<void>((done, fail) => (settleFirst = (error) => (error === undefined ? done() : fail(error))));
  const scheduler = rebuildScheduler(async (changed) => {
    if (changed.length === 0) return buildOnce(true).then(() => settleFirst(), settleFirst);
    for (const path of changed) files.forget(path);
    const inputs = inputsAmong(changed);
    if (inputs.length === 0) return;
    say(cliText('watch-changed', { files: firstFiles(inputs.map((p) => slashed(relative(process.cwd(), p)))) }));
    await buildOnce();
  }, { quietMs: quiet });

  // What is never an input: the output folders (the builds' own writes), hidden files and
  // folders (.git, an editor's swap files), node_modules, Excel's ~$ lock files.
  const ignored = (path: string): boolean => {
    const full = resolve(path);
    if ([...outputs].some((o) => isUnder(full, o) && o !== root)) return true;
    if (named.has(full) || full === root) return false;
    const name = basename(full);
    return name.startsWith('.') || name === 'node_modules' || name.startsWith('~$');
  };

  // Watching starts before the first build, so an edit made while it runs is not missed.
  const { watch } = await import('chokidar');
  const watcher: FSWatcher = watch(root, { ignoreInitial: true, ignored });
  watcher.on('all', (_event, path) => {
    if (!ignored(path)) scheduler.notify(resolve(path));
  });
  const ready = new Promise<void>((done) => watcher.once('ready', done));
  // A folder that cannot be watched (no permission; the system's limit of watched files reached) is said, not fatal.
  watcher.on('error', (error) => say(cliText('watch-error', { error: error instanceof Error ? error.message : String(error) })));
  scheduler.now();
  try {
    await Promise.all([ready, firstBuilt]);
  } catch (error) {
    await Promise.all([watcher.close(), scheduler.close()]);
    throw error;
  }
  say(cliText('watch-watching'));

  return {
    outDir: () => outDir,
    async close() {
      await watcher.close();
      await scheduler.close();
    },
  };
}

/** `report build --watch`: runs until Ctrl-C or SIGTERM. */
export async function watchCommand(dir: string, flags: WatchFlags, formats: OutputFormat[] | undefined): Promise<void> {
  // Outputs are written synchronously (cli/write.ts), so a signal never lands halfway through a write.
  stopCleanlyOnSignals(() => cliText('watch-stopped'));
  await startWatching(dir, flags, formats);
  await new Promise(() => {});
}

/** The changed files named: the first three, then how many more. */
function firstFiles(files: readonly string[]): Template {
  const shown = listOf(files.slice(0, 3));
  return files.length <= 3 ? shown : bothLanguages(cliWords['watch-more'], { files: shown, more: files.length - 3 });
}
