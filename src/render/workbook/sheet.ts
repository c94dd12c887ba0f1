// Lays a table grid (src/render/layout.ts) onto a worksheet: merged header cells, ruled
// borders, wrapped labels, A4 landscape. The template of `report new --xlsx` and the
// consolidated report.xlsx both print their tables through this one function.
import type { Cell as SheetCell, CellValue, Workbook, Worksheet } from 'exceljs';
import { displayWidth } from '../../diagnostics/reporters/width.js';
import { pathKey } from '../../formats/cells.js';
import { partSheets } from '../../formats/workbook.js';
import type { FormatDescription } from '../../formats/types.js';
import { activeGrid, appealsGrid, expandGrid, feesGrid, requestsGrid, type Grid, type GridCell } from '../layout.js';

export interface GridPlacement {
  /** The A1 address of each value cell, by dotted key path. */
  readonly addresses: ReadonlyMap<string, string>;
  /** The first row after the table. */
  readonly nextRow: number;
}

export interface GridOptions {
  /** The value of a figure cell at `address`; `addresses` knows every other figure cell. */
  readonly value: (cell: GridCell, addresses: ReadonlyMap<string, string>) => CellValue;
  /** Extra styling of a figure cell (input cells unlocked, validation). */
  readonly styleValue?: (target: SheetCell, cell: GridCell) => void;
  /** Column widths in characters: each stub column (the last repeated), then figure columns. */
  readonly stubWidths: readonly number[];
  readonly valueWidth: number;
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: '宋体', size: 10 };

export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Stub column widths by part: part 三 nests its row labels three deep. */
export function stubWidthsOf(sheet: string): readonly number[] {
  return ({ [partSheets.requests]: [12, 14, 34], [partSheets.processing_fees]: [36] } as Record<string, readonly number[]>)[sheet] ?? [22];
}

/** Sets up a part's sheet for A4 landscape, one page per part (the longest, 三, shrinks a little). */
export function printSetup(sheet: Worksheet, headRows: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headRows + 1}`,
  };
}

/** A part's sheet: its name, its grid, and the sheet itself set up to print like the official table. */
export interface PartSheet {
  readonly name: string;
  readonly grid: Grid;
  readonly sheet: Worksheet;
  /** Column widths for placeGrid. */
  readonly widths: Pick<GridOptions, 'stubWidths' | 'valueWidth'>;
}

/** Adds the sheets 二, 三, 四 and (when the format has processing fees) 六, each laid out from the format's grid. */
export function addPartSheets(workbook: Workbook, format: FormatDescription): PartSheet[] {
  const parts: [string, Grid | undefined][] = [
    [partSheets.active_disclosure, activeGrid(format)],
    [partSheets.requests, requestsGrid(format)],
    [partSheets.appeals, appealsGrid(format)],
    [partSheets.processing_fees, feesGrid(format)],
  ];
  return parts.flatMap(([name, grid]) => {
    if (!grid) return [];
    const sheet = workbook.addWorksheet(name, { views: [{ showGridLines: false }] });
    printSetup(sheet, name === partSheets.active_disclosure ? 0 : grid.rows.findIndex((r) => r.role === 'body'));
    const widths = { stubWidths: stubWidthsOf(name), valueWidth: name === partSheets.appeals ? 9 : name === partSheets.requests ? 10 : 12 };
    return [{ name, grid, sheet, widths }];
  });
}

/** Places `grid` with its title in row `top`; returns where each figure landed. */
export function placeGrid(sheet: Worksheet, grid: Grid, top: number, options: GridOptions): GridPlacement {
  const matrix = expandGrid(grid);
  const first = top + 1;
  const stubColumns = Math.max(0, ...matrix.map((row) => row.findIndex((c) => c?.kind === 'value')).filter((i) => i >= 0));
  const addresses = new Map<string, string>();
  matrix.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.kind === 'value' && cell.path && (c === 0 || row[c - 1] !== cell)) addresses.set(pathKey(cell.path), `${columnLetter(c + 1)}${first + r}`);
    }),
  );
  const widths = Array.from({ length: grid.width }, (_, c) => (c < stubColumns ? (options.stubWidths[c] ?? options.stubWidths.at(-1)!) : options.valueWidth));
  widths.forEach((w, c) => (sheet.getColumn(c + 1).width = Math.max(sheet.getColumn(c + 1).width ?? 0, w)));

  sheet.mergeCells(top, 1, top, grid.width);
  const title = sheet.getCell(top, 1);
  title.value = grid.title;
  title.font = { ...font, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(top).height = 24;

  const lines = new Map<number, number>();
  const placed = new Set<GridCell>();
  matrix.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || placed.has(cell)) return;
      placed.add(cell);
      const excelRow = first + r;
      if (cell.rowspan > 1 || cell.colspan > 1) sheet.mergeCells(excelRow, c + 1, excelRow + cell.rowspan - 1, c + cell.colspan);
      const target = sheet.getCell(excelRow, c + 1);
      if (cell.kind === 'value') {
        target.value = options.value(cell, addresses);
        target.alignment = { horizontal: 'right', vertical: 'middle' };
        options.styleValue?.(target, cell);
      } else {
        target.value = cell.text;
        target.font = cell.kind === 'head' || cell.kind === 'section' || cell.kind === 'corner' ? { ...font, bold: cell.kind !== 'corner' } : font;
        target.alignment = { horizontal: cell.kind === 'stub' ? 'left' : 'center', vertical: 'middle', wrapText: true };
        const width = widths.slice(c, c + cell.colspan).reduce((s, w) => s + w, 0);
        // Widths count characters of the 11-point default font; labels are set in 10 points.
        const needed = Math.ceil((0.9 * displayWidth(cell.text)) / Math.max(1, width - 1) / cell.rowspan);
        lines.set(excelRow, Math.max(lines.get(excelRow) ?? 1, needed));
      }
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) sheet.getCell(excelRow + dr, c + dc + 1).border = border;
    }),
  );
  for (let r = 0; r < matrix.length; r++) sheet.getRow(first + r).height = 15 * (lines.get(first + r) ?? 1) + 3;
  let next = first + matrix.length;
  for (const note of grid.notes) {
    sheet.mergeCells(next, 1, next, grid.width);
    const cell = sheet.getCell(next, 1);
    cell.value = note;
    cell.font = { ...font, size: 9 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(next).height = 15 * Math.ceil(displayWidth(note) / Math.max(1, widths.reduce((s, w) => s + w, 0))) + 3;
    next++;
  }
  return { addresses, nextRow: next };
}
