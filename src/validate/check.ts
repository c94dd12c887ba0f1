// Checks a project folder (report.yaml, roster, previous.json, every submission) or loose
// files, and returns every diagnostic with what the stages after need.
import { createDiagnostic } from '../diagnostics/create.js';
import { applyExplanations } from '../diagnostics/explain.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportConfig } from '../load/config.js';
import { withLf } from '../load/decode.js';
import { joinPath, type InputFiles } from '../load/files.js';
import { locatable, positionOf, type Locatable } from '../load/position.js';
import { expectedConfig, expectedPrevious, expectedRoster, type ExpectedContent } from '../load/expected.js';
import { readDocument, type ReadDocument } from '../read/index.js';
import { byCodeUnit } from '../order.js';
import { readSource, type SourceFile } from '../load/source.js';
import { yamlDocument } from '../read/yaml.js';
import type { PreviousReport, RosterEntry } from './rules/types.js';
import { createSubmissionValidator, validateProject, type CheckedSubmission } from './run.js';
import { chunksOf, inProcessScanner, mergeScans, type ScanResult, type ScannerChoice } from './scan.js';

/** Files per unit of work: small enough to spread over cores, large enough to be cheap. */
const chunkSize = 200;

export interface CheckedProject {
  readonly config?: ReportConfig;
  /** Last year's consolidated report (previous.json), checked like a submission. */
  readonly previous?: CheckedSubmission;
  readonly roster?: readonly RosterEntry[];
  readonly scan?: ScanResult;
  readonly diagnostics: readonly Diagnostic[];
  /** Source texts by file, for reporters that quote the offending line. */
  readonly sources: ReadonlyMap<string, string>;
  readonly files: number;
  /** report.yaml or the roster is at fault: bad configuration rather than bad input. */
  readonly configFailed: boolean;
}

export interface CheckOptions {
  /** How submissions are scanned: in this thread unless given. */
  readonly scanner?: ScannerChoice;
  /** Keep running sums of the submissions (for build). */
  readonly sum?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** Told report.yaml's settings as soon as they are read, before the submissions are checked. */
  readonly onConfig?: (config: ReportConfig) => void;
}

function loadFile(files: InputFiles, path: string, expected?: ExpectedContent): { source?: SourceFile; diagnostics: Diagnostic[]; text?: string } {
  const loaded = readSource(files, path, expected);
  return loaded.ok ? { source: loaded.source, diagnostics: [] } : { diagnostics: loaded.diagnostics, text: loaded.text };
}

/**
 * A file report.yaml names (roster, previous): when it does not exist, a config/file error
 * at its key in report.yaml, like every other file report.yaml names.
 */
function namedFile(files: InputFiles, path: string, expected: ExpectedContent, config: SourceFile, key: string): { source?: SourceFile; diagnostics: Diagnostic[]; text?: string } {
  const loaded = loadFile(files, path, expected);
  if (loaded.source || loaded.diagnostics[0]?.code !== 'load/unreadable') return loaded;
  const { line, column } = positionOf(config, [key]);
  const message = `${path} (${key} in report.yaml) does not exist or cannot be read`;
  return { diagnostics: [createDiagnostic('config/file', { file: config.file, line, column, path: [key], message, hint: `check the path, or remove \`${key}:\` from report.yaml` })] };
}

/** Points into a file read again only when a project rule has something to say about it. */
function onDemand(file: string, files: InputFiles): Locatable {
  let document: ReadDocument | undefined;
  let read = false;
  return {
    file,
    async ready() {
      if (read) return;
      read = true;
      const loaded = await readDocument(files, file);
      if (loaded.ok) document = loaded.document;
    },
    locate(path, at) {
      return document ? document.locate(path, at) : { line: 0, column: 0 };
    },
  };
}

/** Checks files on their own: schema and per-submission rules, no project rules. */
export async function checkFiles(paths: readonly string[], files: InputFiles, options: CheckOptions = {}): Promise<CheckedProject> {
  const scanner = options.scanner?.() ?? inProcessScanner(files);
  const scan = mergeScans(await scanner({ chunks: chunksOf(paths, chunkSize), sum: false }, options.onProgress && ((done) => options.onProgress!(done, paths.length))));
  return { scan, diagnostics: scan.diagnostics, sources: scan.sources, files: paths.length, configFailed: false };
}

const configFailure = (diagnostics: Diagnostic[], sources: Map<string, string>, files: number): CheckedProject => ({
  diagnostics,
  sources,
  files,
  configFailed: true,
});

/** Checks a project folder whose report.yaml is at `dir/report.yaml`. */
export async function checkProject(dir: string, name: string, files: InputFiles, options: CheckOptions = {}): Promise<CheckedProject> {
  const sources = new Map<string, string>();
  const configPath = joinPath(dir, 'report.yaml');
  const loadedConfig = loadFile(files, configPath, expectedConfig);
  if (loadedConfig.text !== undefined) sources.set(configPath, loadedConfig.text);
  if (!loadedConfig.source) return configFailure(loadedConfig.diagnostics, sources, 1);
  sources.set(configPath, loadedConfig.source.text);
  // Loaded here, not at the top: checking loose files (one submission) needs no report.yaml or roster, nor their schemas' compiler.
  const [{ readConfig }, { readRoster }] = await Promise.all([import('../load/config.js'), import('../load/roster.js')]);
  const { config, diagnostics: configDiagnostics } = readConfig(loadedConfig.source, name);
  if (!config) return configFailure([...configDiagnostics], sources, 1);
  options.onConfig?.(config);

  let roster: { target: Locatable; entries: readonly RosterEntry[] } | undefined;
  if (config.roster) {
    const rosterPath = joinPath(dir, config.roster);
    const loadedRoster = namedFile(files, rosterPath, expectedRoster, loadedConfig.source, 'roster');
    if (loadedRoster.text !== undefined) sources.set(rosterPath, loadedRoster.text);
    if (!loadedRoster.source) return configFailure(loadedRoster.diagnostics, sources, 2);
    sources.set(rosterPath, loadedRoster.source.text);
    const read = readRoster(loadedRoster.source);
    if (!read.entries) return configFailure(read.diagnostics, sources, 2);
    roster = { target: locatable(loadedRoster.source), entries: read.entries };
  }

  let previous: CheckedSubmission | undefined;
  const previousDiagnostics: Diagnostic[] = [];
  if (config.previous) {
    const previousPath = joinPath(dir, config.previous);
    const loadedPrevious = namedFile(files, previousPath, expectedPrevious, loadedConfig.source, 'previous');
    previousDiagnostics.push(...loadedPrevious.diagnostics);
    if (loadedPrevious.text !== undefined) sources.set(previousPath, loadedPrevious.text);
    if (loadedPrevious.source) {
      previous = createSubmissionValidator()(yamlDocument(loadedPrevious.source));
      if (previous.diagnostics.length > 0) sources.set(previousPath, loadedPrevious.source.text);
      previousDiagnostics.push(...previous.diagnostics);
    }
  }

  const paths = files.glob(dir, config.submissions);
  if (paths.length === 0) {
    const message = `no submission matches ${config.submissions.join(', ')} under ${dir}`;
    const hint = 'put one YAML file per agency under submissions/ (report new <agency-id> writes one)';
    return configFailure([createDiagnostic('config/no-submissions', { file: configPath, line: 1, column: 1, path: ['submissions'], message, hint })], sources, 1);
  }
  const scanner = options.scanner?.(joinPath(dir, config.output.dir)) ?? inProcessScanner(files);
  const progress = options.onProgress && ((done: number) => options.onProgress!(done, paths.length));
  const groupOf = rosterGroups(roster?.entries);
  const scan = mergeScans(await scanner({ chunks: chunksOf(paths, chunkSize), formatId: config.format.id, sum: options.sum ?? false, ...(groupOf ? { groupOf } : {}) }, progress));
  const scanned = [...scan.files].sort((a, b) => byCodeUnit(a.file, b.file));
  for (const [file, text] of scan.sources) sources.set(file, text);
  const unreadable = [...new Set(scan.diagnostics.filter((d) => d.code.startsWith('load/')).map((d) => d.file))];
  const projectDiagnostics = await validateProject({
    unreadable,
    config: { year: config.year, format: config.format.id, region: config.region, groups: config.groups },
    roster,
    previous: previous && previousReport(previous.source),
    submissions: scanned.map((f) => ({ target: onDemand(f.file, files), id: f.id, year: f.year, format: f.format, name: f.name, group: f.group, covers: f.covers, carriedOver: f.carriedOver })),
  });
  for (const d of projectDiagnostics) if (d.line > 0 && !sources.has(d.file)) sources.set(d.file, withLf(new TextDecoder().decode(files.read(d.file))));
  return {
    config,
    previous,
    roster: roster?.entries,
    scan: { ...scan, files: scanned },
    diagnostics: applyExplanations([...previousDiagnostics, ...scan.diagnostics, ...projectDiagnostics], config.explanations, dir, sources),
    sources,
    files: paths.length + 1 + (roster ? 1 : 0) + (config.previous ? 1 : 0),
    configFailed: false,
  };
}

/** The roster's group by unit id (the first entry of an id listed twice), or undefined when it gives none. */
function rosterGroups(entries: readonly RosterEntry[] | undefined): Record<string, string> | undefined {
  const groupOf: Record<string, string> = Object.create(null);
  let any = false;
  for (const entry of entries ?? []) {
    if (entry.group === undefined || Object.hasOwn(groupOf, entry.id)) continue;
    groupOf[entry.id] = entry.group;
    any = true;
  }
  return any ? groupOf : undefined;
}

function previousReport(source: ReadDocument): PreviousReport {
  const value = source.value;
  const units = Array.isArray(value.units) ? (value.units as { id?: unknown }[]) : [];
  return {
    file: source.file,
    target: source,
    year: value.year,
    name: value.name,
    unitIds: units.flatMap((u) => (typeof u?.id === 'string' ? [u.id] : [])),
    carriedForward: carriedForwardByUnit(value),
  };
}

function carriedForwardByUnit(value: Readonly<Record<string, unknown>>): Map<string, Record<string, number>> {
  const units = Array.isArray(value.units) ? (value.units as { id?: unknown; carried_forward?: unknown }[]) : [];
  const map = new Map<string, Record<string, number>>();
  for (const unit of units) {
    if (typeof unit?.id === 'string' && unit.carried_forward && typeof unit.carried_forward === 'object') {
      map.set(unit.id, unit.carried_forward as Record<string, number>);
    }
  }
  return map;
}
