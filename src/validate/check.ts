// Checks a project folder (report.yaml, roster, every submission) or loose files, and
// returns every diagnostic with the parsed submissions for the stages after.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatDescription } from '../formats/types.js';
import { readConfig, type ReportConfig } from '../load/config.js';
import { joinPath, type InputFiles } from '../load/files.js';
import { readRoster } from '../load/roster.js';
import { loadSource, type SourceFile } from '../load/source.js';
import type { RosterEntry } from './rules/types.js';
import { createSubmissionValidator, validateProject, type CheckedSubmission, type SubmissionValidator } from './run.js';

export interface CheckedProject {
  readonly config?: ReportConfig;
  /** Last year's consolidated report (previous.json), checked like a submission. */
  readonly previous?: CheckedSubmission;
  readonly roster?: readonly RosterEntry[];
  readonly submissions: readonly CheckedSubmission[];
  readonly diagnostics: readonly Diagnostic[];
  /** Source texts by file, for reporters that quote the offending line. */
  readonly sources: ReadonlyMap<string, string>;
  readonly files: number;
  /** report.yaml or the roster is at fault: bad configuration rather than bad input. */
  readonly configFailed: boolean;
}

function loadFile(files: InputFiles, path: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  const bytes = files.read(path);
  if (bytes === undefined) {
    return { diagnostics: [createDiagnostic('load/unreadable', { file: path, line: 0, column: 0, message: 'the file does not exist or cannot be read' })] };
  }
  const loaded = loadSource(path, bytes);
  return loaded.ok ? { source: loaded.source, diagnostics: [] } : { diagnostics: loaded.diagnostics };
}

/** Checks files on their own: schema and per-submission rules, no project rules. */
export function checkFiles(
  paths: readonly string[],
  files: InputFiles,
  projectFormat?: FormatDescription,
  validate: SubmissionValidator = createSubmissionValidator(),
): CheckedProject {
  const diagnostics: Diagnostic[] = [];
  const submissions: CheckedSubmission[] = [];
  const sources = new Map<string, string>();
  for (const path of paths) {
    const { source, diagnostics: loadDiagnostics } = loadFile(files, path);
    diagnostics.push(...loadDiagnostics);
    if (!source) continue;
    sources.set(path, source.text);
    const checked = validate(source, projectFormat);
    submissions.push(checked);
    diagnostics.push(...checked.diagnostics);
  }
  return { submissions, diagnostics, sources, files: paths.length, configFailed: false };
}

const configFailure = (diagnostics: Diagnostic[], sources: Map<string, string>, files: number): CheckedProject => ({
  submissions: [],
  diagnostics,
  sources,
  files,
  configFailed: true,
});

/** Checks a project folder whose report.yaml is at `dir/report.yaml`. */
export function checkProject(dir: string, name: string, files: InputFiles): CheckedProject {
  const sources = new Map<string, string>();
  const configPath = joinPath(dir, 'report.yaml');
  const loadedConfig = loadFile(files, configPath);
  if (!loadedConfig.source) return configFailure(loadedConfig.diagnostics, sources, 1);
  sources.set(configPath, loadedConfig.source.text);
  const { config, diagnostics: configDiagnostics } = readConfig(loadedConfig.source, name);
  if (!config) return configFailure([...configDiagnostics], sources, 1);

  let roster: { source: SourceFile; entries: readonly RosterEntry[] } | undefined;
  if (config.roster) {
    const rosterPath = joinPath(dir, config.roster);
    const loadedRoster = loadFile(files, rosterPath);
    if (!loadedRoster.source) return configFailure(loadedRoster.diagnostics, sources, 2);
    sources.set(rosterPath, loadedRoster.source.text);
    const read = readRoster(loadedRoster.source);
    if (!read.entries) return configFailure(read.diagnostics, sources, 2);
    roster = { source: loadedRoster.source, entries: read.entries };
  }

  const validate = createSubmissionValidator();
  let previous: CheckedSubmission | undefined;
  const previousDiagnostics: Diagnostic[] = [];
  if (config.previous) {
    const previousPath = joinPath(dir, config.previous);
    const loadedPrevious = loadFile(files, previousPath);
    previousDiagnostics.push(...loadedPrevious.diagnostics);
    if (loadedPrevious.source) {
      sources.set(previousPath, loadedPrevious.source.text);
      previous = validate(loadedPrevious.source);
      previousDiagnostics.push(...previous.diagnostics);
    }
  }

  const paths = files.glob(dir, config.submissions);
  if (paths.length === 0) {
    return configFailure(
      [
        createDiagnostic('config/no-submissions', {
          file: configPath,
          line: 1,
          column: 1,
          path: ['submissions'],
          message: `no submission matches ${config.submissions.join(', ')} under ${dir}`,
          hint: 'put one YAML file per agency under submissions/ (report new <agency-id> writes one)',
        }),
      ],
      sources,
      1,
    );
  }
  const loose = checkFiles(paths, files, config.format, validate);
  for (const [file, text] of loose.sources) sources.set(file, text);
  const projectDiagnostics = validateProject({
    config: { source: loadedConfig.source, year: config.year, format: config.format.id },
    roster,
    previous: previous && { file: previous.source.file, carriedForward: carriedForwardByUnit(previous.source.value) },
    submissions: loose.submissions.map(({ source }) => {
      const v = source.value;
      const id = typeof v.id === 'string' ? v.id : undefined;
      const units = Array.isArray(v.units) ? (v.units as { id?: unknown }[]) : [];
      const covers = [
        ...(id === undefined ? [] : [{ id, path: ['id'] }]),
        ...units.flatMap((u, i) => (typeof u?.id === 'string' ? [{ id: u.id, path: ['units', String(i), 'id'] }] : [])),
      ];
      return { source, id, year: v.year, format: v.format, covers };
    }),
  });
  return {
    config,
    previous,
    roster: roster?.entries,
    submissions: loose.submissions,
    diagnostics: [...previousDiagnostics, ...loose.diagnostics, ...projectDiagnostics],
    sources,
    files: paths.length + 1 + (roster ? 1 : 0) + (config.previous ? 1 : 0),
    configFailed: false,
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
