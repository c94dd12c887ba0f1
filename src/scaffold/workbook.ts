// `report new --xlsx`: the submission as a workbook laid out like the printed tables,
// one sheet per part, every input cell 0, named by its key path and validated, every
// 总计 a SUM formula, the identity in a hidden `meta` sheet.
import type ExcelJS from 'exceljs';
import { cellsOf, pathKey, type Cell, type FormatCells } from '../formats/cells.js';
import type { FormatDescription } from '../formats/types.js';
import { definedNameOf, generatorField, metaSheet } from '../formats/workbook.js';
import type { GridCell } from '../render/layout.js';
import { addPartSheets, placeGrid } from '../render/workbook/sheet.js';
import { valueSchemas } from '../validate/schema.js';

export interface WorkbookScaffoldOptions {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  readonly year: number;
  readonly format: FormatDescription;
  /** Written into `meta` as the generator, e.g. `report 0.1.0`. */
  readonly generator: string;
  /** Figures to fill in instead of 0 (report convert); totals given here replace their formulas. */
  readonly value?: Readonly<Record<string, unknown>>;
}

const inputFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF8DC' } };
const totalFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEDEDED' } };

function validationOf(cell: Cell, address: string): ExcelJS.DataValidation {
  // Excel refuses (and offers to repair) an error title longer than 32 characters.
  const common = { allowBlank: cell.optional, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: [...cell.label].slice(0, 32).join('') };
  if (cell.type === 'count') return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: '请填写不小于0的整数（没有就填0）' };
  if (cell.type === 'signed') return { ...common, type: 'whole', operator: 'between', formulae: [-1e15, 1e15], error: '请填写整数（减少填负数）' };
  const places = Number(valueSchemas[cell.type].decimalPlaces);
  const unit = cell.type === 'wan' ? '万元' : '元';
  return { ...common, type: 'custom', formulae: [`AND(ISNUMBER(${address}),${address}>=0,ROUND(${address},${places})=${address})`], error: `请填写以${unit}为单位、不超过${places}位小数的金额` };
}

function valueAt(value: Readonly<Record<string, unknown>> | undefined, path: readonly string[]): unknown {
  let node: unknown = value;
  for (const key of path) node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function figureCell(model: FormatCells, options: WorkbookScaffoldOptions) {
  return (grid: GridCell, addresses: ReadonlyMap<string, string>): ExcelJS.CellValue => {
    const cell = model.byPath.get(pathKey(grid.path!))!;
    const given = valueAt(options.value, cell.path);
    if (cell.derived) {
      if (typeof given === 'number') return given;
      const addends = model.computedBy.get(cell.index)?.addends.map((a) => addresses.get(a.key)).filter((a) => a !== undefined) ?? [];
      // No cached result: a program that does not calculate leaves the total "not given".
      return { formula: `SUM(${addends.join(',')})`, date1904: false } as ExcelJS.CellFormulaValue;
    }
    if (given !== undefined) return given as ExcelJS.CellValue;
    return options.value || cell.optional ? null : 0;
  };
}

/** The workbook's bytes. */
export async function scaffoldWorkbook(options: WorkbookScaffoldOptions): Promise<Uint8Array> {
  const { format } = options;
  const model = cellsOf(format);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = options.generator;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const { name, sheet, grid, widths } of addPartSheets(workbook, format)) {
    const { addresses, nextRow } = placeGrid(sheet, grid, 1, {
      ...widths,
      value: figureCell(model, options),
      styleValue(target, gridCell) {
        const cell = model.byPath.get(pathKey(gridCell.path!))!;
        target.numFmt = cell.type === 'count' || cell.type === 'signed' ? '0' : 'General';
        if (cell.derived) {
          target.fill = totalFill;
          return;
        }
        target.fill = inputFill;
        target.protection = { locked: false };
        target.dataValidation = validationOf(cell, target.address);
      },
    });
    // Totals are named too: a total typed over its formula is read, and checked, by its name.
    for (const [key, address] of addresses) {
      workbook.definedNames.add(`'${name}'!$${address.replace(/(\d+)$/, '$$$1')}`, definedNameOf(model.byPath.get(key)!.path));
    }
    const note = sheet.getCell(nextRow + 1, 1);
    note.value = '填写说明：只填黄色单元格，没有的填0（不要留空，也不要填“/”“无”）；灰色的总计由公式自动计算。';
    note.font = { name: '宋体', size: 9, color: { argb: 'FF666666' } };
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  const meta = workbook.addWorksheet(metaSheet, { state: 'hidden' });
  const rows: [string, unknown][] = [
    ['format', format.id],
    ['year', options.year],
    ['id', options.id],
    ['name', options.name],
    ...(options.group === undefined ? [] : [['group', options.group] as [string, unknown]]),
    [generatorField, options.generator],
    // An agency's own prose travels with its figures (report convert keeps it).
    ...Object.entries((options.value?.narrative ?? {}) as Record<string, unknown>).map(([part, text]) => [`narrative.${part}`, text] as [string, unknown]),
  ];
  rows.forEach(([key, value], i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = value as ExcelJS.CellValue;
  });
  meta.getColumn(2).width = 40;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
