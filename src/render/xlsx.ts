// report.xlsx: the consolidated tables laid out as printed (one sheet per part, through
// the same grids as every other renderer), a `units` sheet with one row per unit and a
// `groups` sheet with the subtotals, both headed by the printed labels.
import type ExcelJS from 'exceljs';
import type { FigureMap, FigureValue } from '../consolidate/complete.js';
import { pathKey } from '../formats/cells.js';
import type { OpenData } from './csv.js';
import { labelledCells } from './labels.js';
import { addPartSheets, placeGrid } from './workbook/sheet.js';

// Amounts have at most 6 places below 1e13: their double prints the same digits. A count
// beyond 2^53 (a BigInt) has no exact spreadsheet number: it is written as its digits.
const numeric = (value: FigureValue | undefined): number | string | null =>
  value === undefined ? null : typeof value === 'number' ? value : typeof value === 'bigint' ? value.toString() : Number(value.toFixed());

function figureSheet(workbook: ExcelJS.Workbook, name: string, header: readonly string[], labels: ReturnType<typeof labelledCells>, rows: readonly (readonly [readonly (string | number)[], FigureMap])[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: header.length, ySplit: 2 }] });
  sheet.addRow([...header, ...labels.map((l) => [l.part, l.row, l.column].filter((t) => t !== '').join(' / '))]);
  sheet.addRow([...header.map(() => ''), ...labels.map((l) => l.cell.key)]);
  for (const [lead, figures] of rows) sheet.addRow([...lead, ...labels.map((l) => numeric(figures.get(l.cell.key)))]);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).height = 60;
  sheet.getRow(2).font = { color: { argb: 'FF666666' }, size: 9 };
  sheet.columns.forEach((column, i) => (column.width = i < header.length ? 16 : 14));
}

export async function renderXlsx(data: OpenData, title: string): Promise<Uint8Array> {
  const { consolidation, model } = data;
  const { format } = consolidation;
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.title = title;
  const total = consolidation.total.figures;
  for (const { sheet, grid, widths } of addPartSheets(workbook, format)) {
    placeGrid(sheet, grid, 1, {
      ...widths,
      value: (cell) => numeric(total.get(pathKey(cell.path!))),
    });
  }
  const labels = labelledCells(format, model);
  const inputs = labels.filter((l) => !l.cell.derived);
  figureSheet(workbook, 'units', ['id', 'name', 'group'], inputs, data.units.map((u) => [[u.id, u.name, u.group ?? ''], u.figures] as const));
  figureSheet(workbook, 'groups', ['group', 'units'], labels, [
    ...consolidation.groups.map((g) => [[g.name, g.unitCount], g.figures] as const),
    [['_total', consolidation.total.unitCount], total] as const,
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
