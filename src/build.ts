// `report build` without the disk: load → validate → consolidate → narrative → render.
// Returns the diagnostics and the output files as buffers; writes nothing.
import type { Consolidation } from './consolidate/consolidate.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { OutputFormat } from './load/config.js';
import { joinPath, type InputFiles } from './load/files.js';
import { prepareReport, type PrepareOptions } from './prepare.js';
import { renderAgencies } from './render/agencies.js';
import { renderAll } from './render/index.js';
import { renderJson } from './render/json.js';
import type { CheckedProject } from './validate/check.js';

export type { Bundled } from './render/assets.js';

export interface BuildOptions extends PrepareOptions {
  readonly formats?: readonly OutputFormat[];
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
  const { checked, diagnostics, report } = await prepareReport(dir, name, files, options);
  if (!report) return fail(checked, diagnostics);
  const { config, model, consolidation, document, renderOptions, date } = report;
  const formats = options.formats ?? config.output.formats;

  const outputs = new Map<string, Uint8Array>();
  if (formats.includes('json')) {
    outputs.set('report.json', encoder.encode(renderJson(consolidation, model, { id: config.id, name: config.region, year: config.year })));
  }
  for (const [format, bytes] of await renderAll(document, formats, renderOptions)) outputs.set(`report.${format}`, bytes);

  if (options.perAgency) {
    const agencyDiagnostics = await renderAgencies(checked.scan!.files, files, config, model, formats, renderOptions, outputs, date);
    if (agencyDiagnostics.length > 0) return fail(checked, [...diagnostics, ...agencyDiagnostics]);
  }
  return { checked, consolidation, diagnostics, outputs, outputDir: joinPath(dir, config.output.dir), failed: false };
}
