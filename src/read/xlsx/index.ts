// The workbook reader: an .xlsx made by `report new --xlsx` (or any workbook whose cells
// carry the same defined names) → the submission's value tree, each figure located by
// sheet and cell. Old binary spreadsheets, password-protected and damaged files get one
// diagnostic each.
import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { Code } from '../../diagnostics/catalog.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Place } from '../../diagnostics/diagnostic.js';
import type { MessageData } from '../../diagnostics/messages/index.js';
import { pathKey } from '../../formats/cells.js';
import { findFormat, formatForYear } from '../../formats/index.js';
import { metaFields, metaSheet } from '../../formats/workbook.js';
import type { Position } from '../../load/position.js';
import type { Reader, ReadResult } from '../types.js';
import { readCell } from './cells.js';
import { guessFormat, namedCells, parseReference } from './names.js';

/** Parts of the sheets that hold no figures, skipped for speed. */
const ignoreNodes = ['dataValidations', 'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'mergeCells', 'pageMargins', 'pageSetup', 'printOptions', 'headerFooter', 'conditionalFormatting', 'hyperlinks', 'drawing', 'picture', 'tableParts', 'autoFilter', 'rowBreaks', 'sheetProtection', 'extLst'];

const fail = (code: Code, file: string, messageId: string, data: MessageData = {}): ReadResult => ({
  ok: false,
  diagnostics: [createDiagnostic(code, { file, line: 0, column: 0, messageId, data })],
});

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zip = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptedPackage" in UTF-16LE: the stream an encrypted OOXML file keeps inside its OLE2 container. */
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le');

function setAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

export async function readXlsx(file: string, bytes: Uint8Array): Promise<ReadResult> {
  if (startsWith(bytes, ole2)) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(encryptedPackage)) {
      return fail('load/encrypted', file, 'default');
    }
    return fail('load/old-spreadsheet', file, 'renamed');
  }
  if (!startsWith(bytes, zip)) return fail('load/corrupt', file, 'not-zip');
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (error) {
    // exceljs's own words, as evidence: what it is the user can do does not depend on them.
    return fail('load/corrupt', file, 'unopenable', { detail: String((error as Error)?.message ?? error).split('\n')[0] });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const places = new Map<string, Place>();
  const value: Record<string, unknown> = {};
  const definedNames = workbook.definedNames.model as { name: string; ranges: string[] }[];

  const meta = workbook.getWorksheet(metaSheet);
  if (meta) {
    meta.eachRow((row, r) => {
      const key = readCell(row.getCell(1)).value;
      const reading = readCell(row.getCell(2));
      if (typeof key !== 'string' || reading.value === null || reading.value === undefined) return;
      if (key.startsWith('narrative.')) {
        setAt(value, ['narrative', key.slice('narrative.'.length)], reading.value);
        places.set(key, { kind: 'cell', sheet: metaSheet, cell: `B${r}` });
        return;
      }
      if (!(metaFields as readonly string[]).includes(key)) return;
      value[key] = reading.value;
      places.set(key, { kind: 'cell', sheet: metaSheet, cell: `B${r}` });
    });
  } else {
    // Identity by name too (`id`, `year`…), for workbooks made by other tools.
    for (const field of metaFields) {
      const named = definedNames.find((d) => d.name.toLowerCase() === field);
      const reference = named?.ranges.length === 1 ? parseReference(named.ranges[0]) : undefined;
      const reading = reference && readCell(workbook.getWorksheet(reference.sheet)?.getCell(reference.address));
      if (!reference || !reading || reading.value === null || reading.value === undefined) continue;
      value[field] = reading.value;
      places.set(field, { kind: 'cell', sheet: reference.sheet, cell: reference.address });
    }
  }
  const format = findFormat(value.format) ?? (typeof value.year === 'number' ? formatForYear(value.year) : undefined) ?? guessFormat(definedNames);
  const named = format ? namedCells(definedNames, format) : [];
  if (!meta && named.length === 0) {
    return fail('load/workbook-unknown', file, 'default', { sheet: metaSheet });
  }
  for (const { cell, sheet, address } of named) {
    const worksheet = workbook.getWorksheet(sheet);
    const reading = readCell(worksheet?.getCell(address));
    places.set(cell.key, { kind: 'cell', sheet, cell: address });
    // A total with its formula and no cached result, or left blank, is a total not given.
    if ((cell.derived || cell.optional) && (reading.value === undefined || reading.value === null)) continue;
    if (reading.value === undefined) {
      setAt(value, cell.path, `=${String((worksheet?.getCell(address).value as { formula?: string })?.formula ?? '')}`);
      continue;
    }
    setAt(value, cell.path, reading.value);
  }

  const keys = [...places.keys()];
  const locate = (path: readonly string[]): Position => {
    const exact = places.get(pathKey(path));
    if (exact) return { line: 0, column: 0, place: exact };
    // A key that is missing: point at the first figure under it, or at none.
    const prefix = path.length === 0 ? '' : `${pathKey(path)}.`;
    const under = keys.find((k) => k.startsWith(prefix));
    return under ? { line: 0, column: 0, place: places.get(under)! } : { line: 0, column: 0 };
  };
  return { ok: true, document: { file, value, sha256, locate } };
}

export const xlsxReader: Reader = { name: 'xlsx', extensions: ['.xlsx'], read: readXlsx };

/** .xls, .et and their templates: formats this tool does not read, named as such. */
export const oldSpreadsheetReader: Reader = {
  name: 'old-spreadsheet',
  extensions: ['.xls', '.et', '.ett', '.xlt'],
  read: (file) => fail('load/old-spreadsheet', file, /\.ett?$/i.test(file) ? 'et' : 'xls'),
};
