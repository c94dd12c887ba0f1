// `report build` without the disk: load → validate → consolidate → narrative → render.
// Returns the diagnostics and the output files as buffers; writes nothing.
import { finishConsolidation } from './consolidate/consolidate.js';
import { GroupedSums } from './consolidate/sums.js';
import { previousFigures } from './consolidate/previous.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { applySeverityOptions, severeEnoughToFail, type SeverityOptions } from './diagnostics/severity.js';
import { cellsOf } from './formats/cells.js';
import { narrativeParts, type NarrativePart, type OutputFormat, type ReportConfig } from './load/config.js';
import { joinPath, type InputFiles } from './load/files.js';
import { readNarrative } from './load/narrative.js';
import { embedImages } from './narrative/images.js';
import type { NarrativeSource } from './narrative/render.js';
import { chineseDate, dayInChina } from './numbers/date.js';
import { agencyComposer } from './render/agencies.js';
import { assets, type Bundled } from './render/assets.js';
import { composeReport } from './render/compose.js';
import type { RenderReuse } from './render/reuse.js';
import { renderEach, type LazyDocument, type PdfBatch } from './render/index.js';
import { portableDocument } from './render/portable.js';
import type { PdfPool } from './scan/pdf-pool.js';
import { renderJson } from './render/json.js';
import { renderCsv } from './render/csv.js';
import { renderXlsx } from './render/xlsx.js';
import { unitFigures } from './consolidate/units.js';
import { checkProject, type CheckedProject } from './validate/check.js';
import type { ScannerChoice } from './validate/scan.js';
import { checkProse, type ProsePart } from './validate/prose/run.js';
import { applyExplanations, unusedExplanations } from './diagnostics/explain.js';
import { createDiagnostic } from './diagnostics/create.js';
import { positionOf } from './load/position.js';
import { readSource } from './load/source.js';
import { UsageError } from './diagnostics/errors.js';
import { reportJsonProblems } from './diagnostics/messages/usage.js';
import { bothLanguages } from './diagnostics/messages/localized.js';
import { coverageSection, explanationsSection, type Coverage } from './render/appendices.js';
import { documentText, type DocumentText } from './render/document.js';
import type { Consolidation } from './consolidate/consolidate.js';
import type { FormatCells } from './formats/cells.js';
import { correctionSection, diffReports, parseReportJson, type Correction } from './diff.js';

export type { Bundled } from './render/assets.js';

export interface BuildOptions extends SeverityOptions {
  readonly formats?: readonly OutputFormat[];
  readonly perAgency: boolean;
  /** `--embed-fonts`: report.html carries the PDF's fonts (a subset, WOFF2). */
  readonly embedFonts?: boolean;
  /** The build's instant: SOURCE_DATE_EPOCH or now, decided at the edge; the report is dated its day in China unless report.yaml gives `date:`. */
  readonly date: Date;
  /** What ships with the tool, read only when needed: the fonts and the HTML page template. */
  readonly bundled: Bundled;
  /** How submissions are scanned: in this thread by default, or in workers, through a cache. */
  readonly scanner?: ScannerChoice;
  /** Files checked, then reports rendered (one, or one per agency as well with perAgency). */
  readonly onProgress?: (done: number, total: number, stage: 'scan' | 'render') => void;
  /** The report.json of the build last published (--previous-build): a 更正说明 is appended. */
  readonly previousBuild?: { readonly file: string; readonly bytes: Uint8Array };
  /** Parsed fonts kept from the previous build of a watch session. */
  readonly reuse?: RenderReuse;
  /**
   * Starts worker threads for the PDFs as soon as report.yaml is read, so their libraries
   * load while the submissions are checked; undefined (or none given) renders them here.
   */
  readonly pdfWorkers?: (plan: PdfWorkerPlan) => PdfPool | undefined;
}

/** What the PDF workers will be asked for. */
export interface PdfWorkerPlan {
  /** Every agency's own report too, not the consolidated one alone. */
  readonly perAgency: boolean;
}

export interface BuildResult {
  readonly checked: CheckedProject;
  /** The consolidated figures, when the build got that far. */
  readonly consolidation?: Consolidation;
  readonly diagnostics: readonly Diagnostic[];
  /** Output files by path relative to the output folder; empty when the build failed. */
  readonly outputs: ReadonlyMap<string, Uint8Array>;
  readonly outputDir?: string;
  readonly failed: boolean;
}

const encoder = new TextEncoder();

function fail(checked: CheckedProject, diagnostics: readonly Diagnostic[]): BuildResult {
  return { checked, diagnostics, outputs: new Map(), failed: true };
}

export async function build(dir: string, name: string, files: InputFiles, options: BuildOptions): Promise<BuildResult> {
  let pool: PdfPool | undefined;
  const onConfig = (config: ReportConfig): void => {
    if (!(options.formats ?? config.output.formats).includes('pdf')) return;
    pool = options.pdfWorkers?.({ perAgency: options.perAgency });
  };
  try {
    return await buildWith(dir, name, files, options, onConfig, () => pool);
  } finally {
    await pool?.close();
  }
}

async function buildWith(dir: string, name: string, files: InputFiles, options: BuildOptions, onConfig: (config: ReportConfig) => void, pool: () => PdfPool | undefined): Promise<BuildResult> {
  const checked = await checkProject(dir, name, files, { scanner: options.scanner, sum: true, onConfig, onProgress: options.onProgress && ((done, total) => options.onProgress!(done, total, 'scan')) });
  let diagnostics = applySeverityOptions(checked.diagnostics, options);
  const config = checked.config;
  const scan = checked.scan;
  if (!config || !scan?.sums || checked.configFailed || severeEnoughToFail(diagnostics, options)) return fail(checked, diagnostics);

  const model = cellsOf(config.format);
  const sums = new GroupedSums();
  sums.merge(scan.sums);
  const consolidation = finishConsolidation(sums, scan.files.flatMap((f) => f.units), config.format, config.groups);
  const last = checked.previous;
  const previous = last?.model && last.format && previousFigures(last.source.value, last.source.file, last.model, model, last.format.id, config.format.id);

  const narrative: Partial<Record<NarrativePart, NarrativeSource>> = {};
  const narrativeProblems: Diagnostic[] = [];
  for (const part of narrativeParts) {
    const path = config.narrative[part];
    if (!path) continue;
    const read = readNarrative(files, dir, path);
    if ('code' in read) narrativeProblems.push(read);
    else narrative[part] = read;
  }
  const { options: renderOptions, problems: assetProblems, checkFonts } = assets(config, dir, files, options.bundled, options.date, options.embedFonts === true, options.reuse);
  narrativeProblems.push(...assetProblems);
  if (narrativeProblems.length > 0) return fail(checked, [...diagnostics, ...narrativeProblems]);
  const embedded = await embedImages(Object.values(narrative), files);
  diagnostics = [...diagnostics, ...applySeverityOptions(embedded.diagnostics, options)];
  if (severeEnoughToFail(diagnostics, options)) return fail(checked, diagnostics);

  const formats = options.formats ?? config.output.formats;
  const date = chineseDate(config.date ?? dayInChina(options.date));
  const facts = { title: config.title, region: config.region, name: config.region, year: config.year, compiled_by: config.compiledBy, date, contact: config.contact };
  const reportInput = { kind: 'consolidated' as const, consolidation, model, facts, previous, narrative, defaultsFile: joinPath(dir, 'report.yaml'), images: embedded.images, charts: { ids: config.charts.report, place: config.charts.place } };
  const bound = composeReport(reportInput);
  // The narrative files' text, for the reporters to quote.
  const sources = new Map(checked.sources);
  for (const source of Object.values(narrative)) if (source) sources.set(source.file, source.text);
  const withSources: CheckedProject = { ...checked, sources };
  if (!bound.ok) return fail(withSources, [...diagnostics, ...bound.diagnostics]);
  const fontProblems = await checkFonts(documentText(bound.document));
  if (fontProblems.length > 0) return fail(checked, [...diagnostics, ...fontProblems]);

  // The prose against the tables.
  const prose = applyExplanations(
    applySeverityOptions(proseDiagnostics(config, consolidation, model, narrative, bound.text, checked, dir), options),
    config.explanations,
    dir,
    sources,
  );
  let all = [...diagnostics, ...prose];
  if (severeEnoughToFail(prose, options)) return fail(withSources, all);

  const missing = missingUnits(checked, consolidation);
  const jsonText = renderJson(consolidation, model, { id: config.id, name: config.region, year: config.year }, {
    narrative: { ...bound.text },
    missing_units: missing,
    explanations: config.explanations,
  });
  const appendices = [];
  if (config.explanations.length > 0) appendices.push(explanationsSection(config.explanations));
  if (config.appendix.includes('coverage')) appendices.push(coverageSection(coverageOf(consolidation, missing)));
  if (options.previousBuild) {
    appendices.push(correctionSection(correctionAgainst(options.previousBuild, jsonText)));
  }
  const composed = appendices.length > 0 ? composeReport({ ...reportInput, appendices }) : bound;
  if (!composed.ok) return fail(withSources, [...all, ...composed.diagnostics]);

  const outputs = new Map<string, Uint8Array>();
  if (formats.includes('json')) {
    outputs.set('report.json', encoder.encode(jsonText));
  }
  // Each agency's own report is composed when a renderer first asks for it, so the PDF workers start on the first while the next are composed.
  const agencies = options.perAgency ? agencyComposer(scan.files, files, config, model, date) : undefined;
  const documents: LazyDocument[] = [async () => composed.document];
  for (let i = 0; i < (agencies?.count ?? 0); i++) documents.push(async () => (await agencies!.compose(i)).agency?.document);
  let rendered = 0;
  const onRendered = (): void => options.onProgress?.(++rendered, documents.length, 'render');
  options.onProgress?.(0, documents.length, 'render');
  const workers = pool();
  const pdfs: PdfBatch | undefined =
    workers &&
    ((lazies, onDone) =>
      workers.render(
        lazies.map((lazy) => async () => {
          const document = await lazy();
          return document && { document: portableDocument(document), date: renderOptions.date };
        }),
        renderOptions.pdfFontSource(),
        onDone,
      ));
  const [report, ...own] = await renderEach(documents, formats, renderOptions, onRendered, pdfs);
  for (const [format, bytes] of report!) outputs.set(`report.${format}`, bytes);
  if (formats.includes('csv') || formats.includes('xlsx')) {
    const read = await unitFigures(scan.files.filter((f) => !f.failed), files, model);
    if (read.diagnostics.length > 0) return fail(withSources, [...all, ...read.diagnostics]);
    const data = { consolidation, model, units: read.units, name: config.region };
    if (formats.includes('csv')) outputs.set('report.csv', encoder.encode(renderCsv(data)));
    if (formats.includes('xlsx')) outputs.set('report.xlsx', await renderXlsx(data, config.title));
  }

  if (agencies) {
    const agencyProse: Diagnostic[] = [];
    const agencyDiagnostics: Diagnostic[] = [];
    // In the agencies' order, whichever was composed first.
    for (let i = 0; i < agencies.count; i++) {
      const { agency, diagnostics: found, prose: proseFound } = await agencies.compose(i);
      agencyDiagnostics.push(...found);
      agencyProse.push(...proseFound);
      const bytes = own[i];
      if (agency && bytes) for (const [format, made] of bytes) outputs.set(`agencies/${agency.id}.${format}`, made);
    }
    for (const d of agencyProse) if (!sources.has(d.file)) sources.set(d.file, new TextDecoder().decode(files.read(d.file)));
    const explained = applyExplanations(applySeverityOptions(agencyProse, options), config.explanations, dir, sources);
    all.push(...explained);
    // An agency's own report that cannot be made fails the build; a warning (a remote image) does not.
    const agencyFindings = applySeverityOptions(agencyDiagnostics, options);
    all.push(...agencyFindings);
    if (severeEnoughToFail(agencyFindings, options) || severeEnoughToFail(explained, options)) return fail(withSources, all);
  }
  const unused = unusedExplanationDiagnostics(config, all, dir, files, sources);
  all.push(...unused);
  if (severeEnoughToFail(unused, options)) return fail(withSources, all);
  return { checked: withSources, consolidation, diagnostics: all, outputs, outputDir: joinPath(dir, config.output.dir), failed: false };
}

/** Explanations no finding needed, pointed at their entry in report.yaml. */
function unusedExplanationDiagnostics(config: ReportConfig, diagnostics: readonly Diagnostic[], dir: string, files: InputFiles, sources: ReadonlyMap<string, string>): Diagnostic[] {
  const unused = unusedExplanations(config.explanations, diagnostics, dir, sources);
  if (unused.length === 0) return [];
  const file = joinPath(dir, 'report.yaml');
  const loaded = readSource(files, file);
  return unused.map((i) => {
    const e = config.explanations[i];
    const at = loaded.ok ? positionOf(loaded.source, ['explanations', String(i)]) : { line: 1, column: 1 };
    const messageId = e.path === undefined ? 'quote' : e.quote === undefined ? 'path' : 'pathAndQuote';
    return createDiagnostic('config/explanation-unused', {
      file,
      ...at,
      path: ['explanations', String(i)],
      messageId,
      data: { n: i + 1, code: e.code, ...(e.path === undefined ? {} : { target: e.path }), ...(e.quote === undefined ? {} : { quote: e.quote }) },
    });
  });
}

/** The office's own parts, checked against the consolidated figures and last year's text. */
function proseDiagnostics(
  config: ReportConfig,
  consolidation: Consolidation,
  model: FormatCells,
  narrative: Partial<Record<NarrativePart, NarrativeSource>>,
  rendered: DocumentText,
  checked: CheckedProject,
  dir: string,
): Diagnostic[] {
  const parts: ProsePart[] = [];
  for (const part of narrativeParts) {
    const source = narrative[part];
    if (source) parts.push({ part, file: source.file, text: source.text, lineOffset: source.lineOffset, rendered: rendered[part] });
  }
  const previousNarrative = checked.previous?.source.value.narrative;
  return checkProse({
    format: config.format,
    model,
    figures: consolidation.total.figures,
    year: config.year,
    parts,
    file: joinPath(dir, 'report.yaml'),
    qualifiers: [...config.groups, ...consolidation.groups.map((g) => g.name), ...consolidation.units.map((u) => u.name)],
    previous: previousNarrative && typeof previousNarrative === 'object' ? (previousNarrative as Partial<Record<NarrativePart, string>>) : undefined,
  });
}

/** Agencies on the roster that sent nothing (a build gets this far with them only under --allow-missing). */
function missingUnits(checked: CheckedProject, consolidation: Consolidation): { id: string; name: string }[] {
  const summed = new Set(consolidation.units.map((u) => u.id));
  return (checked.roster ?? []).filter((e) => !summed.has(e.id)).map((e) => ({ id: e.id, name: e.name }));
}

function coverageOf(consolidation: Consolidation, missing: readonly { name: string }[]): Coverage {
  return {
    units: consolidation.units.map((u) => ({ name: u.name, group: u.group, sha256: u.sha256, zeroReturn: u.zero_return === true })),
    missing,
  };
}

function correctionAgainst(previousBuild: NonNullable<BuildOptions['previousBuild']>, jsonText: string): Correction {
  let old: unknown;
  try {
    old = parseReportJson(new TextDecoder().decode(previousBuild.bytes));
  } catch (cause) {
    throw new UsageError('report-json-not-json', { which: '--previous-build', path: previousBuild.file, reason: (cause as Error).message }, { cause });
  }
  const result = diffReports(old, parseReportJson(jsonText));
  if (!result.ok) throw new UsageError('report-json-unusable', { which: '--previous-build', path: previousBuild.file, problem: bothLanguages(reportJsonProblems[result.problem.id], result.problem.data) });
  return result.correction;
}
