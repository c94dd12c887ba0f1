// The prose checks for a report given as figures in the submission shape (a report.json,
// or the tables read from a published report by `report import`) and its text parts.
import { completeFigures, figureMap } from './consolidate/complete.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { cellsOf } from './formats/cells.js';
import type { FormatDescription } from './formats/types.js';
import { checkProse, type ProsePart, type ProsePartName } from './validate/prose/run.js';

export type { ProsePart, ProsePartName } from './validate/prose/run.js';

export interface ReportProse {
  readonly format: FormatDescription;
  readonly year: number;
  /** The figures, shaped like a submission (totals may be left out: they are completed). */
  readonly value: unknown;
  readonly parts: readonly ProsePart[];
  /** The document the parts come from, where a finding about a missing part points. */
  readonly file: string;
  /** Last year's text by part, when known. */
  readonly previous?: Readonly<Partial<Record<ProsePartName, string>>>;
  readonly qualifiers?: readonly string[];
}

export function checkReportProse(report: ReportProse): Diagnostic[] {
  const model = cellsOf(report.format);
  const figures = figureMap(completeFigures(report.value, model), model);
  return checkProse({ format: report.format, model, figures, year: report.year, parts: report.parts, file: report.file, previous: report.previous, qualifiers: report.qualifiers });
}
