// Each unit's own figures, for the open-data outputs (report.csv, report.xlsx's `units`
// sheet). The scan keeps only sums, so the files are read again, only when those
// outputs are asked for; a consolidated input stands as one row under its own id.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatCells } from '../formats/cells.js';
import type { InputFiles } from '../load/files.js';
import { byCodeUnit } from '../order.js';
import { readDocument } from '../read/index.js';
import { completeFigures, figureMap, type FigureMap } from './complete.js';

export interface UnitFigures {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  readonly figures: FigureMap;
}

export async function unitFigures(scanned: readonly { readonly file: string; readonly sha256: string }[], files: InputFiles, model: FormatCells): Promise<{ units: UnitFigures[]; diagnostics: Diagnostic[] }> {
  const units: UnitFigures[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, sha256 } of scanned) {
    const read = await readDocument(files, file);
    if (!read.ok) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    if (read.document.sha256 !== sha256) {
      // The sums came from other bytes: one build, one set of figures.
      const data = { before: sha256.slice(0, 12), after: read.document.sha256.slice(0, 12) };
      diagnostics.push(createDiagnostic('load/changed', { file, line: 0, column: 0, data }));
      continue;
    }
    const { value } = read.document;
    units.push({
      id: String(value.id),
      name: String(value.name),
      ...(typeof value.group === 'string' ? { group: value.group } : {}),
      figures: figureMap(completeFigures(value, model), model),
    });
  }
  return { units: units.sort((a, b) => byCodeUnit(a.id, b.id)), diagnostics };
}
