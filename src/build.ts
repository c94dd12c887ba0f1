// `report build` without the disk: load → validate → consolidate → narrative → render.
// Returns the diagnostics and the output files as buffers; writes nothing.
import { renderAgencies } from './agencies.js';
import { composeReport } from './compose.js';
import { finishConsolidation } from './consolidate/consolidate.js';
import { GroupedSums } from './consolidate/sums.js';
import { completeFigures, figureMap } from './consolidate/complete.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { applySeverityOptions, severeEnoughToFail, type SeverityOptions } from './diagnostics/severity.js';
import { cellsOf } from './formats/cells.js';
import { narrativeParts, type NarrativePart, type OutputFormat, type ReportConfig } from './load/config.js';
import { joinPath, type InputFiles } from './load/files.js';
import { readNarrative } from './load/narrative.js';
import type { NarrativeSource } from './narrative/render.js';
import { chineseDate } from './numbers/date.js';
import { assets, type Bundled } from './render/assets.js';
import { renderAll } from './render/index.js';
import { renderJson } from './render/json.js';
import { checkProject, type CheckedProject } from './validate/check.js';
import type { Scanner } from './validate/scan.js';

export type { Bundled } from './render/assets.js';

export interface BuildOptions extends SeverityOptions {
  readonly formats?: readonly OutputFormat[];
  readonly perAgency: boolean;
  /** `--embed-fonts`: report.html carries the PDF's fonts (a subset, WOFF2). */
  readonly embedFonts?: boolean;
  /** The report's date: SOURCE_DATE_EPOCH or now, decided at the edge. */
  readonly date: Date;
  /** What ships with the tool, read only when needed: the fonts and the HTML page template. */
  readonly bundled: Bundled;
  /** How submissions are scanned: in this thread by default, or in workers, through a cache. */
  readonly scannerFor?: (config: ReportConfig, outputDir: string) => Scanner;
  readonly onProgress?: (done: number, total: number) => void;
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
  const { options: renderOptions, problems: assetProblems } = assets(config, dir, files, options.bundled, options.date, options.embedFonts === true);
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
    charts: { ids: config.charts.report, place: config.charts.place },
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
