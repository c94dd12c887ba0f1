// `report build` without the disk: load → validate → consolidate → narrative → render.
// Returns the diagnostics and the output files as buffers; writes nothing.
import { composeReport } from './compose.js';
import { consolidate, finishConsolidation } from './consolidate/consolidate.js';
import { GroupedSums } from './consolidate/sums.js';
import { completeFigures, figureMap } from './consolidate/complete.js';
import { createDiagnostic } from './diagnostics/create.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { applySeverityOptions, severeEnoughToFail, type SeverityOptions } from './diagnostics/severity.js';
import { cellsOf, type FormatCells } from './formats/cells.js';
import { narrativeParts, type NarrativePart, type OutputFormat, type ReportConfig } from './load/config.js';
import { decodeSource } from './load/decode.js';
import { joinPath, type InputFiles } from './load/files.js';
import { positionOf } from './load/position.js';
import type { NarrativeSource } from './narrative/render.js';
import type { ReportDocument } from './render/document.js';
import { renderers, type RenderOptions } from './render/index.js';
import { openFonts, type PdfFonts } from './render/pdf/fonts.js';
import { renderJson } from './render/json.js';
import { checkProject, type CheckedProject } from './validate/check.js';
import type { ScannedFile, Scanner } from './validate/scan.js';
import { loadSource, type SourceFile } from './load/source.js';
import { chineseDate } from './numbers/date.js';

export interface BuildOptions extends SeverityOptions {
  readonly formats?: readonly OutputFormat[];
  readonly perAgency: boolean;
  /** The report's date: SOURCE_DATE_EPOCH or now, decided at the edge. */
  readonly date: Date;
  /** What ships with the tool, read only when needed: the fonts and the HTML page template. */
  readonly bundled: Bundled;
  /** How submissions are scanned: in this thread by default, or in workers, through a cache. */
  readonly scannerFor?: (config: ReportConfig, outputDir: string) => Scanner;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface Bundled {
  fonts(): { readonly body: Uint8Array; readonly heading: Uint8Array };
  htmlTemplate(): string;
}

export interface BuildResult {
  readonly checked: CheckedProject;
  readonly diagnostics: readonly Diagnostic[];
  /** Output files by path relative to the output folder; empty when the build failed. */
  readonly outputs: ReadonlyMap<string, Uint8Array>;
  readonly outputDir?: string;
  readonly failed: boolean;
}

const encoder = new TextEncoder();

function readNarrative(files: InputFiles, dir: string, path: string): NarrativeSource | Diagnostic {
  const file = joinPath(dir, path);
  const bytes = files.read(file);
  if (bytes === undefined) {
    return createDiagnostic('config/file', { file, line: 0, column: 0, message: `narrative file ${file} (named in report.yaml) does not exist or cannot be read` });
  }
  const decoded = decodeSource(file, bytes);
  return decoded.ok ? { file, text: decoded.text } : decoded.diagnostic;
}

/** An agency's own texts, written inline under `narrative:` in its submission. */
function agencyNarrative(submission: SourceFile): Partial<Record<NarrativePart, NarrativeSource>> {
  const narrative = submission.value.narrative as Partial<Record<NarrativePart, string>> | undefined;
  const out: Partial<Record<NarrativePart, NarrativeSource>> = {};
  for (const part of narrativeParts) {
    const text = narrative?.[part];
    if (typeof text !== 'string') continue;
    // A block scalar starts on the line after its key.
    const { line } = positionOf(submission, ['narrative', part]);
    out[part] = { file: submission.file, text, lineOffset: line };
  }
  return out;
}

async function renderAll(document: ReportDocument, formats: readonly OutputFormat[], options: RenderOptions): Promise<Map<OutputFormat, Uint8Array>> {
  const out = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) {
    if (format !== 'json') out.set(format, await renderers[format](document, options));
  }
  return out;
}

/**
 * The fonts and HTML template report.yaml names, or the bundled ones; each read on first
 * use, once per build. Missing files named in report.yaml are diagnostics.
 */
function assets(config: ReportConfig, dir: string, files: InputFiles, bundled: Bundled, date: Date): { options: RenderOptions; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const named = (path: string | undefined, key: readonly string[]): Uint8Array | undefined => {
    if (!path) return undefined;
    const file = joinPath(dir, path);
    const bytes = files.read(file);
    if (!bytes) problems.push(createDiagnostic('config/file', { file: joinPath(dir, 'report.yaml'), line: 0, column: 0, path: key, message: `${file} (${key.join('.')} in report.yaml) does not exist or cannot be read` }));
    return bytes;
  };
  const body = named(config.fonts.body, ['fonts', 'body']);
  const heading = named(config.fonts.heading, ['fonts', 'heading']);
  const template = named(config.htmlTemplate, ['html_template']);
  let fonts: PdfFonts | undefined;
  const options: RenderOptions = {
    date,
    pdfFonts: () => {
      if (fonts) return fonts;
      const fallback = body && heading ? undefined : bundled.fonts();
      const bodyBytes = body ?? fallback!.body;
      fonts = openFonts(bodyBytes, heading ?? (body ? bodyBytes : fallback!.heading));
      return fonts;
    },
    htmlTemplate: () => (template ? new TextDecoder().decode(template) : bundled.htmlTemplate()),
  };
  return { options, problems };
}

function fail(checked: CheckedProject, diagnostics: readonly Diagnostic[]): BuildResult {
  return { checked, diagnostics, outputs: new Map(), failed: true };
}

export async function build(dir: string, name: string, files: InputFiles, options: BuildOptions): Promise<BuildResult> {
  const scannerFor = options.scannerFor && ((config: ReportConfig) => options.scannerFor!(config, joinPath(dir, config.output.dir)));
  const checked = await checkProject(dir, name, files, { scannerFor, sum: true, onProgress: options.onProgress });
  const diagnostics = applySeverityOptions(checked.diagnostics, options);
  const config = checked.config;
  const scan = checked.scan;
  if (!config || !scan?.sums || checked.configFailed || severeEnoughToFail(diagnostics, options)) return fail(checked, diagnostics);

  const model = cellsOf(config.format);
  const sums = new GroupedSums();
  sums.merge(scan.sums);
  const consolidation = finishConsolidation(sums, scan.files.flatMap((f) => f.units), config.format, config.groups);
  const previous = checked.previous && {
    figures: figureMap(completeFigures(checked.previous.source.value, model), model),
    unitCount: Array.isArray(checked.previous.source.value.units) ? checked.previous.source.value.units.length : undefined,
  };

  const narrative: Partial<Record<NarrativePart, NarrativeSource>> = {};
  const narrativeProblems: Diagnostic[] = [];
  for (const part of narrativeParts) {
    const path = config.narrative[part];
    if (!path) continue;
    const read = readNarrative(files, dir, path);
    if ('code' in read) narrativeProblems.push(read);
    else narrative[part] = read;
  }
  const { options: renderOptions, problems: assetProblems } = assets(config, dir, files, options.bundled, options.date);
  narrativeProblems.push(...assetProblems);
  if (narrativeProblems.length > 0) return fail(checked, [...diagnostics, ...narrativeProblems]);

  const formats = options.formats ?? config.output.formats;
  const date = chineseDate(options.date);
  const composed = composeReport({
    kind: 'consolidated',
    consolidation,
    model,
    facts: { title: config.title, region: config.region, name: config.region, year: config.year, compiled_by: config.compiledBy, date, contact: config.contact },
    previous,
    narrative,
    defaultsFile: joinPath(dir, 'report.yaml'),
  });
  if (!composed.ok) return fail(checked, [...diagnostics, ...composed.diagnostics]);

  const outputs = new Map<string, Uint8Array>();
  if (formats.includes('json')) {
    outputs.set('report.json', encoder.encode(renderJson(consolidation, model, { id: config.id, name: config.region, year: config.year })));
  }
  for (const [format, bytes] of await renderAll(composed.document, formats, renderOptions)) outputs.set(`report.${format}`, bytes);

  if (options.perAgency) {
    const agencyDiagnostics = await renderAgencies(scan.files, files, config, model, formats, renderOptions, outputs, date);
    if (agencyDiagnostics.length > 0) return fail(checked, [...diagnostics, ...agencyDiagnostics]);
  }
  return { checked, diagnostics, outputs, outputDir: joinPath(dir, config.output.dir), failed: false };
}

/** Each agency's own report, its submission read again: the scan kept only its sums. */
async function renderAgencies(
  scanned: readonly ScannedFile[],
  files: InputFiles,
  config: ReportConfig,
  model: FormatCells,
  formats: readonly OutputFormat[],
  options: RenderOptions,
  outputs: Map<string, Uint8Array>,
  date: string,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const entry of scanned) {
    if (entry.consolidated) continue; // a consolidated input has its own report already
    const loaded = loadSource(entry.file, files.read(entry.file) ?? new Uint8Array());
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      continue;
    }
    const submission = loaded.source;
    const value = submission.value;
    const id = String(value.id);
    const name = String(value.name);
    const consolidation = consolidate([{ value, sha256: submission.sha256 }], config.format, model, []);
    const composed = composeReport({
      kind: 'agency',
      consolidation,
      model,
      facts: { title: `${name}${config.year}年政府信息公开工作年度报告`, region: config.region, name, year: config.year, compiled_by: name, date, contact: {} },
      narrative: agencyNarrative(submission),
      defaultsFile: submission.file,
    });
    if (!composed.ok) {
      diagnostics.push(...composed.diagnostics);
      continue;
    }
    for (const [format, bytes] of await renderAll(composed.document, formats, options)) outputs.set(`agencies/${id}.${format}`, bytes);
  }
  return diagnostics;
}
