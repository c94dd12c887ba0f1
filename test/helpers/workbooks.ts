// Test helpers for workbooks: a `report new --xlsx` template, and an agency's editor that
// writes values only (exceljs, as a script or a non-calculating program would).
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { cellsOf } from '../../src/formats/cells.js';
import { valueAt } from '../../src/formats/figures.js';
import { findFormat } from '../../src/formats/index.js';
import { definedNameOf } from '../../src/formats/workbook.js';
import { scaffoldWorkbook } from '../../src/scaffold/workbook.js';

export type Entry = ExcelJS.CellValue;

export function template(format: 'gb2019' | 'gb2021', id = 'finance', name = '示例市财政局', year = format === 'gb2019' ? 2020 : 2023, group?: string): Promise<Uint8Array> {
  return scaffoldWorkbook({ id, name, group, year, format: findFormat(format)!, generator: 'report test' });
}

/** Sets cells by defined name (and meta rows by key) and saves, touching nothing else. */
export async function fill(bytes: Uint8Array, values: Readonly<Record<string, Entry>>, meta: Readonly<Record<string, Entry>> = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const [name, value] of Object.entries(values)) {
    const [range] = workbook.definedNames.getRanges(name).ranges;
    if (!range) throw new Error(`no cell named ${name}`);
    const [sheet, address] = range.split('!');
    workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(address.replace(/\$/g, '')).value = value;
  }
  const metaSheet = workbook.getWorksheet('meta');
  metaSheet?.eachRow((row) => {
    const key = String(row.getCell(1).value);
    if (Object.hasOwn(meta, key)) row.getCell(2).value = meta[key];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A YAML submission's figures by defined name: what an agency types into the template. */
export function figuresOfYaml(text: string, withTotals = false): Record<string, Entry> {
  const value = parse(text) as Record<string, unknown>;
  const model = cellsOf(findFormat(value.format)!);
  const out: Record<string, Entry> = {};
  for (const cell of model.cells) {
    if (cell.derived && !withTotals) continue;
    const figure = valueAt(value, cell.path);
    if (typeof figure === 'number') out[definedNameOf(cell.path)] = figure;
  }
  return out;
}

/**
 * The same, by a different writer: SheetJS reads the template and writes it again with the
 * figures set by defined name (dropping styles, validation and protection, as editors
 * other than Excel and WPS may; formulas are kept).
 */
export async function fillWithSheetJs(bytes: Uint8Array, values: Readonly<Record<string, Entry>>): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.read(bytes, { type: 'array', cellFormula: true });
  for (const [name, value] of Object.entries(values)) {
    const defined = workbook.Workbook?.Names?.find((n) => n.Name === name);
    if (!defined) throw new Error(`no cell named ${name}`);
    const [sheet, address] = defined.Ref.split('!');
    const target = workbook.Sheets[sheet.replace(/^'|'$/g, '')];
    const ref = address.replace(/\$/g, '');
    target[ref] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: String(value) };
  }
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
