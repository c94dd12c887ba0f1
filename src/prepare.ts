// Everything `report build` does before rendering, without the disk: load → validate →
// consolidate → narrative. `report validate` runs it too, so a placeholder that names no
// figure fails validate as it fails build.
import { finishConsolidation, type Consolidation } from './consolidate/consolidate.js';
import { previousFigures } from './consolidate/previous.js';
import { GroupedSums } from './consolidate/sums.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { applySeverityOptions, severeEnoughToFail, type SeverityOptions } from './diagnostics/severity.js';
import { cellsOf, type FormatCells } from './formats/cells.js';
import { narrativeParts, type NarrativePart, type ReportConfig } from './load/config.js';
import { joinPath, type InputFiles } from './load/files.js';
import { readNarrative } from './load/narrative.js';
import type { NarrativeSource } from './narrative/render.js';
import { chineseDate } from './numbers/date.js';
import { assets, type Bundled } from './render/assets.js';
import { composeReport } from './render/compose.js';
import { documentText, type ReportDocument } from './render/document.js';
import type { RenderOptions } from './render/index.js';
import { checkProject, type CheckedProject } from './validate/check.js';
import type { ScannerChoice } from './validate/scan.js';

export interface PrepareOptions extends SeverityOptions {
  /** The report's date: SOURCE_DATE_EPOCH or now, decided at the edge. */
  readonly date: Date;
  /** What ships with the tool, read only when needed: the fonts and the HTML page template. */
  readonly bundled: Bundled;
  /** How submissions are scanned: in this thread by default, or in workers, through a cache. */
  readonly scanner?: ScannerChoice;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PreparedReport {
  readonly config: ReportConfig;
  readonly model: FormatCells;
  readonly consolidation: Consolidation;
  readonly document: ReportDocument;
  readonly renderOptions: RenderOptions;
  /** The report's date as printed (2024年3月31日). */
  readonly date: string;
}

export interface Prepared {
  readonly checked: CheckedProject;
  readonly diagnostics: readonly Diagnostic[];
  /** Undefined when a diagnostic stopped the work. */
  readonly report?: PreparedReport;
}

export async function prepareReport(dir: string, name: string, files: InputFiles, options: PrepareOptions): Promise<Prepared> {
  const checked = await checkProject(dir, name, files, { scanner: options.scanner, sum: true, onProgress: options.onProgress });
  const diagnostics = applySeverityOptions(checked.diagnostics, options);
  const config = checked.config;
  const scan = checked.scan;
  if (!config || !scan?.sums || checked.configFailed || severeEnoughToFail(diagnostics, options)) return { checked, diagnostics };

  const model = cellsOf(config.format);
  const sums = new GroupedSums();
  sums.merge(scan.sums);
  const consolidation = finishConsolidation(sums, scan.files.flatMap((f) => f.units), config.format, config.groups);
  const last = checked.previous;
  const previous = last?.model && last.format && previousFigures(last.source.value, last.source.file, last.model, model, last.format.id, config.format.id);

  const narrative: Partial<Record<NarrativePart, NarrativeSource>> = {};
  const problems: Diagnostic[] = [];
  for (const part of narrativeParts) {
    const path = config.narrative[part];
    if (!path) continue;
    const read = readNarrative(files, dir, path);
    if ('code' in read) problems.push(read);
    else narrative[part] = read;
  }
  const { options: renderOptions, problems: assetProblems, checkFonts } = assets(config, dir, files, options.bundled, options.date);
  problems.push(...assetProblems);
  if (problems.length > 0) return { checked, diagnostics: [...diagnostics, ...problems] };

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
  if (!composed.ok) {
    // The reporter quotes the offending line of a narrative too.
    const sources = new Map([...checked.sources, ...Object.values(narrative).map((n) => [n.file, n.text] as const)]);
    return { checked: { ...checked, sources }, diagnostics: [...diagnostics, ...composed.diagnostics] };
  }
  const fontProblems = checkFonts(documentText(composed.document));
  if (fontProblems.length > 0) return { checked, diagnostics: [...diagnostics, ...fontProblems] };
  return { checked, diagnostics, report: { config, model, consolidation, document: composed.document, renderOptions, date } };
}
