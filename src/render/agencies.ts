// With --per-agency: each agency's own report, from its submission and the prose under
// `narrative:` in it.
import { composeReport } from './compose.js';
import { consolidate, type Consolidation } from '../consolidate/consolidate.js';
import { checkProse, type ProsePart } from '../validate/prose/run.js';
import type { DocumentText } from './document.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatCells } from '../formats/cells.js';
import { narrativeParts, type NarrativePart, type ReportConfig } from '../load/config.js';
import type { InputFiles } from '../load/files.js';
import { readDocument, type ReadDocument } from '../read/index.js';
import { embedImages } from '../narrative/images.js';
import type { NarrativeSource, NarrativeTemplates } from '../narrative/render.js';
import type { ReportDocument } from './document.js';
import type { ScannedFile } from '../validate/scan.js';

/** An agency's own report, rendered to agencies/<id>.<format>. */
export interface AgencyDocument {
  readonly id: string;
  readonly document: ReportDocument;
}

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

/** The prose checks on an agency's own texts, when it wrote any: its report prints them. */
function agencyProse(
  narrative: Partial<Record<NarrativePart, NarrativeSource>>,
  rendered: DocumentText,
  consolidation: Consolidation,
  config: ReportConfig,
  model: FormatCells,
  submission: ReadDocument,
): Diagnostic[] {
  const file = submission.file;
  const lines = submission.text?.split('\n');
  const parts: ProsePart[] = [];
  for (const part of narrativeParts) {
    const source = narrative[part];
    if (!source) continue;
    if (!lines) {
      // A workbook: the finding points at the narrative's cell.
      const place = submission.locate(['narrative', part]).place;
      parts.push({ part, file: source.file, text: source.text, rendered: rendered[part], ...(place ? { place } : {}) });
      continue;
    }
    // A block scalar's lines are indented in the file by as much as its first line.
    const indent = source.lineOffset === undefined ? 0 : /^ */.exec(lines[source.lineOffset] ?? '')![0].length;
    parts.push({ part, file: source.file, text: source.text, lineOffset: source.lineOffset, indent, rendered: rendered[part] });
  }
  if (parts.length === 0) return [];
  return checkProse({ format: config.format, model, figures: consolidation.total.figures, year: config.year, parts, file });
}

/** What composing one agency's report gave. */
export interface ComposedAgency {
  /** Its report, unless it could not be made. */
  readonly agency?: AgencyDocument;
  /** Why it could not be made (the build fails on them), or a remote image's warning. */
  readonly diagnostics: readonly Diagnostic[];
  /** The prose checks' findings on the agency's own texts (they do not stop the rendering). */
  readonly prose: readonly Diagnostic[];
}

/** Every agency's own report, each composed once, when first asked for. */
export interface AgencyComposer {
  /** How many agencies have a report to compose: the inputs that are not consolidated reports. */
  readonly count: number;
  compose(index: number): Promise<ComposedAgency>;
}

/**
 * Each agency's own report document, its submission read again (the scan kept only its
 * sums), composed when the renderers first ask for it: the PDF workers start on the first
 * agencies while this thread composes the next.
 */
export function agencyComposer(scanned: readonly ScannedFile[], files: InputFiles, config: ReportConfig, model: FormatCells, date: string): AgencyComposer {
  const entries = scanned.filter((entry) => !entry.consolidated); // a consolidated input has its own report already
  const templates: NarrativeTemplates = new Map();
  const composed = new Map<number, Promise<ComposedAgency>>();
  const compose = async (entry: ScannedFile): Promise<ComposedAgency> => {
    const loaded = await readDocument(files, entry.file);
    if (!loaded.ok) return { diagnostics: loaded.diagnostics, prose: [] };
    const submission = loaded.document;
    if (submission.sha256 !== entry.sha256) {
      // The consolidated figures were summed from other bytes: one build, one set of figures.
      const data = { before: entry.sha256.slice(0, 12), after: submission.sha256.slice(0, 12) };
      return { diagnostics: [createDiagnostic('load/changed', { file: entry.file, line: 0, column: 0, data })], prose: [] };
    }
    const value = submission.value;
    const id = String(value.id);
    const name = String(value.name);
    const consolidation = consolidate([{ value, sha256: submission.sha256 }], config.format, model, []);
    const narrative = agencyNarrative(submission);
    const embedded = await embedImages(Object.values(narrative), files);
    const report = composeReport({
      kind: 'agency',
      consolidation,
      model,
      facts: { title: `${name}${config.year}年政府信息公开工作年度报告`, region: config.region, name, year: config.year, compiled_by: name, date, contact: {} },
      narrative,
      defaultsFile: submission.file,
      images: embedded.images,
      charts: { ids: config.charts.agencies, place: config.charts.place },
      templates,
    });
    if (!report.ok) return { diagnostics: [...embedded.diagnostics, ...report.diagnostics], prose: [] };
    const prose = agencyProse(narrative, report.text, consolidation, config, model, submission);
    return { agency: { id, document: report.document }, diagnostics: embedded.diagnostics, prose };
  };
  return {
    count: entries.length,
    compose(index) {
      let known = composed.get(index);
      if (!known) composed.set(index, (known = compose(entries[index])));
      return known;
    },
  };
}
