// Every figure cell with its part and its printed row and column labels, read off the
// layout grids (so the labels are the printed ones, and no table is written again). The
// open-data outputs (report.csv, the `units` sheet of report.xlsx) are headed by these.
import { pathKey, type Cell, type FormatCells } from '../formats/cells.js';
import type { FormatDescription } from '../formats/types.js';
import { partSheets } from '../formats/workbook.js';
import { activeGrid, appealsGrid, expandGrid, feesGrid, requestsGrid, type Grid, type GridCell } from './layout.js';

export interface LabelledCell {
  readonly cell: Cell;
  /** The part's printed number: 二, 三, 四, 六. */
  readonly part: string;
  readonly row: string;
  readonly column: string;
}

const distinctTexts = (cells: readonly (GridCell | undefined)[]): string =>
  [...new Set(cells.filter((c): c is GridCell => c !== undefined))].map((c) => c.text).join(' / ');

function labelsOf(grid: Grid, part: string, model: FormatCells): LabelledCell[] {
  const matrix = expandGrid(grid);
  const out: LabelledCell[] = [];
  matrix.forEach((row, r) => {
    const seen = new Set<GridCell>();
    row.forEach((slot, c) => {
      if (slot?.kind !== 'value' || !slot.path || seen.has(slot)) return;
      seen.add(slot);
      // The header rows of this block: the head rows just above the nearest section or top.
      const heads: (GridCell | undefined)[] = [];
      for (let up = r - 1; up >= 0 && grid.rows[up].role !== 'section'; up--) if (grid.rows[up].role === 'head') heads.unshift(matrix[up][c]);
      const stubs = row.slice(0, c).filter((s) => s?.kind === 'stub');
      const cell = model.byPath.get(pathKey(slot.path));
      if (cell) out.push({ cell, part, row: distinctTexts(stubs), column: distinctTexts(heads.filter((h) => h?.kind === 'head')) });
    });
  });
  return out;
}

export function labelledCells(format: FormatDescription, model: FormatCells): LabelledCell[] {
  const fees = feesGrid(format);
  return [
    ...labelsOf(activeGrid(format), partSheets.active_disclosure, model),
    ...labelsOf(requestsGrid(format), partSheets.requests, model),
    ...labelsOf(appealsGrid(format), partSheets.appeals, model),
    ...(fees ? labelsOf(fees, partSheets.processing_fees, model) : []),
  ];
}
