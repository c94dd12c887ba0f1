// A worksheet cell → the plain value YAML would have given: numbers stay numbers, text
// stays text (so "无", "12件" and full-width digits get the YAML hints), a blank is null,
// a formula gives its cached result, an error result its code ("#REF!").
import type ExcelJS from 'exceljs';

/** A figure read from a cell; `formula` when the cell held one (its result may be missing). */
export interface CellReading {
  readonly value: unknown;
  readonly formula: boolean;
}

const blank: CellReading = { value: null, formula: false };

function plain(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('text' in value) return value.text;
  return null;
}

export function readCell(cell: ExcelJS.Cell | undefined): CellReading {
  const value = cell?.value;
  if (value === null || value === undefined) return blank;
  if (typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    // Excel shows a formula's result to 15 significant digits: =0.1+0.2 is the 0.3 the agency sees.
    if (typeof result === 'number') return { value: Number(result.toPrecision(15)), formula: true };
    return { value: result === undefined ? undefined : plain(result), formula: true };
  }
  return { value: plain(value), formula: false };
}
