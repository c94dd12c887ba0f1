// With --per-agency: each agency's own report, from its submission and the prose under
// `narrative:` in it.
import { composeReport } from './compose.js';
import { consolidate } from '../consolidate/consolidate.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatCells } from '../formats/cells.js';
import { narrativeParts, type NarrativePart, type OutputFormat, type ReportConfig } from '../load/config.js';
import type { InputFiles } from '../load/files.js';
import { readDocument, type ReadDocument } from '../read/index.js';
import type { NarrativeSource } from '../narrative/render.js';
import { renderAll, type RenderOptions } from './index.js';
import type { ScannedFile } from '../validate/scan.js';

/** An agency's own texts, written inline under `narrative:` in its submission. */
function agencyNarrative(submission: ReadDocument): Partial<Record<NarrativePart, NarrativeSource>> {
  const narrative = submission.value.narrative as Partial<Record<NarrativePart, string>> | undefined;
  const out: Partial<Record<NarrativePart, NarrativeSource>> = {};
  for (const part of narrativeParts) {
    const text = narrative?.[part];
    if (typeof text !== 'string') continue;
    // A block scalar starts on the line after its key.
    const { line } = submission.locate(['narrative', part]);
    out[part] = { file: submission.file, text, lineOffset: line };
  }
  return out;
}

/** Each agency's own report, its submission read again: the scan kept only its sums. */
export async function renderAgencies(
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
    const loaded = await readDocument(files, entry.file);
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      continue;
    }
    const submission = loaded.document;
    if (submission.sha256 !== entry.sha256) {
      // The consolidated figures were summed from other bytes: one build, one set of figures.
      const message = `the file changed while the report was being built (sha256 ${entry.sha256.slice(0, 12)}… when summed, ${submission.sha256.slice(0, 12)}… now)`;
      diagnostics.push(createDiagnostic('load/changed', { file: entry.file, line: 0, column: 0, message, hint: 'build again once nobody is editing the submissions' }));
      continue;
    }
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
      charts: { ids: config.charts.agencies, place: config.charts.place },
    });
    if (!composed.ok) {
      diagnostics.push(...composed.diagnostics);
      continue;
    }
    for (const [format, bytes] of await renderAll(composed.document, formats, options)) outputs.set(`agencies/${id}.${format}`, bytes);
  }
  return diagnostics;
}
