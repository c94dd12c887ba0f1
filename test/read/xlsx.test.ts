// The workbook reader: a template filled by another writer reads as the YAML it copies,
// every bad cell is located by sheet and cell with the YAML hints, totals typed over
// their formula are checked, and files that are not workbooks get one diagnostic each.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readXlsx } from '../../src/read/xlsx/index.js';
import { createSubmissionValidator } from '../../src/validate/run.js';
import { readFileSync } from 'node:fs';
import { fixture, fixturePath } from '../helpers/submissions.js';
import { figuresOfYaml, fill, template, type Entry } from '../helpers/workbooks.js';
import ExcelJS from 'exceljs';
import { cellsOf } from '../../src/formats/cells.js';
import { findFormat } from '../../src/formats/index.js';

const validate = createSubmissionValidator();

function withoutTotals(value: Record<string, unknown>, format: 'gb2019' | 'gb2021'): Record<string, unknown> {
  const copy = structuredClone(value);
  for (const c of cellsOf(findFormat(format)!).cells.filter((c) => c.derived)) {
    const parents = c.path.slice(0, -1).reduce<Record<string, unknown>[]>((list, key) => [...list, list.at(-1)?.[key] as Record<string, unknown>], [copy]);
    delete parents.at(-1)?.[c.path.at(-1)!];
    c.path.slice(0, -1).forEach((_, i, keys) => {
      const depth = keys.length - 1 - i;
      if (parents[depth + 1] && Object.keys(parents[depth + 1]).length === 0) delete parents[depth][keys[depth]];
    });
  }
  return copy;
}

async function check(bytes: Uint8Array, file = 'finance.xlsx'): Promise<Diagnostic[]> {
  const read = await readXlsx(file, bytes);
  return read.ok ? [...validate(read.document).diagnostics] : read.diagnostics;
}

const at = (d: Diagnostic) => ({ code: d.code, path: d.path.join('.'), place: d.place, line: d.line, column: d.column });
const cell = (sheet: string, ref: string) => ({ kind: 'cell', sheet, cell: ref });

describe('a template filled in by values only', () => {
  for (const format of ['gb2019', 'gb2021'] as const) {
    it(`${format}: reads as the YAML it copies, totals computed from their formulas' cells`, async () => {
      const yaml = fixture(`submissions/valid-${format}.yaml`);
      const expected = parse(yaml) as Record<string, unknown>;
      const bytes = await fill(await template(format, String(expected.id), String(expected.name), Number(expected.year), expected.group as string | undefined), figuresOfYaml(yaml));
      const read = await readXlsx('f.xlsx', bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(validate(read.document).diagnostics).toEqual([]);
      const { narrative: _narrative, ...figures } = expected;
      // The YAML gives some totals; the workbook gives none (its formulas have no cached value).
      expect(read.document.value).toEqual(withoutTotals(figures, format));
    });
  }

  it('a fresh template is valid as it is: 0 everywhere', async () => {
    expect(await check(await template('gb2021'))).toEqual([]);
  });
});

describe('bad cells, each at its sheet and cell with the YAML hint', () => {
  const cases: [string, Entry, string, RegExp][] = [
    ['blank', null, 'D5', /blank is not 0/],
    ['a slash', '/', 'D5', /^write 0$/],
    ['a dash', '—', 'D5', /^write 0$/],
    ['无', '无', 'D5', /^write 0$/],
    ['a unit', '12件', 'D5', /without units/],
    ['full-width digits', '１２', 'D5', /write 12 in half-width/],
    ['text', '很多', 'D5', /^$/],
    ['a formula error', { error: '#REF!' } as Entry, 'D5', /fix the formula/],
    ['a formula with no cached value', { formula: 'E5+1' } as Entry, 'D5', /so the formula is calculated/],
  ];
  for (const [name, value, ref, hint] of cases) {
    it(`${name} in 三 本年新收 · 自然人`, async () => {
      const diagnostics = await check(await fill(await template('gb2021'), { requests_received_individual: value }));
      expect(diagnostics.map(at)).toEqual([{ code: 'schema/type', path: 'requests.received.individual', place: cell('三', ref), line: 0, column: 0 }]);
      expect(diagnostics[0].hint ?? '').toMatch(hint);
    });
  }

  it('a formula with a cached error value', async () => {
    const diagnostics = await check(await fill(await template('gb2021'), { appeals_reconsideration_upheld: { formula: '1/0', result: { error: '#DIV/0!' } } as Entry }));
    expect(diagnostics.map(at)).toEqual([{ code: 'schema/type', path: 'appeals.reconsideration.upheld', place: cell('四', 'A5'), line: 0, column: 0 }]);
  });

  it('a formula with a cached number is that number', async () => {
    const diagnostics = await check(await fill(await template('gb2021'), { requests_received_individual: { formula: '2+3', result: 5 } as Entry }));
    expect(diagnostics.map((d) => [d.code, d.place])).toEqual([['requests/balance', cell('三', 'D29')]]);
  });

  it('a formula result is read as Excel shows it (15 significant digits): =0.1+0.2 is 0.3', async () => {
    const read = await readXlsx('f.xlsx', await fill(await template('gb2021'), { active_disclosure_fees_amount: { formula: '0.1+0.2', result: 0.30000000000000004 } as Entry }));
    expect(read.ok && (read.document.value.active_disclosure as Record<string, Record<string, unknown>>).fees).toEqual({ amount: 0.3 });
  });

  it('a negative count and too many decimals in 二', async () => {
    const diagnostics = await check(await fill(await template('gb2021'), { active_disclosure_licensing_decisions: -1, active_disclosure_fees_amount: 1.123456789 }));
    expect(diagnostics.map((d) => [d.code, d.place])).toEqual([
      ['schema/range', cell('二', 'B8')],
      ['schema/decimal-places', cell('二', 'B15')],
    ]);
  });
});

describe('totals', () => {
  it('a total typed over its formula is checked like a given total', async () => {
    const diagnostics = await check(await fill(await template('gb2021'), { appeals_reconsideration_upheld: 2, appeals_reconsideration_total: 3 }));
    expect(diagnostics.map(at)).toEqual([{ code: 'appeals/total', path: 'appeals.reconsideration.total', place: cell('四', 'E5'), line: 0, column: 0 }]);
    expect(diagnostics[0].related?.map((r) => r.place)).toEqual([cell('四', 'A5'), cell('四', 'B5'), cell('四', 'C5'), cell('四', 'D5')]);
  });

  it('a total formula with a cached value is given, and checked', async () => {
    const diagnostics = await check(await fill(await template('gb2021'), { appeals_reconsideration_total: { formula: 'SUM(A5,B5,C5,D5)', result: 7 } as Entry }));
    expect(diagnostics.map((d) => [d.code, d.place])).toEqual([['appeals/total', cell('四', 'E5')]]);
  });

  it('a total formula without a cached value is a total not given', async () => {
    const read = await readXlsx('f.xlsx', await fill(await template('gb2021'), { appeals_reconsideration_upheld: 9 }));
    expect(read.ok && (read.document.value.appeals as Record<string, Record<string, unknown>>).reconsideration).toEqual({ upheld: 9, corrected: 0, other: 0, pending: 0 });
  });
});

describe('identity and workbooks from elsewhere', () => {
  it('a template saved again by LibreOffice Calc reads, its calculated totals given and checked', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('workbooks/libreoffice-saved.xlsx')));
    expect(await check(bytes)).toEqual([]);
    const read = await readXlsx('f.xlsx', bytes);
    if (!read.ok) throw new Error('does not read');
    const value = read.document.value as { id: unknown; requests: { received: Record<string, unknown> }; appeals: { reconsideration: Record<string, unknown> } };
    expect(value.id).toBe('finance');
    expect(value.requests.received).toMatchObject({ individual: 7, total: 7 });
    expect(value.appeals.reconsideration).toMatchObject({ upheld: 2, total: 2 });
  });

  it('a wrong format in meta is located at its meta cell', async () => {
    const diagnostics = await check(await fill(await template('gb2021'), {}, { year: '二〇二三' }));
    expect(diagnostics.map((d) => [d.code, d.path.join('.'), d.place])).toEqual([['schema/type', 'year', cell('meta', 'B2')]]);
  });

  it('without a meta sheet, the defined names are read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = 'finance';
    workbook.definedNames.add('Sheet1!$A$1', 'id');
    sheet.getCell('B2').value = '12件';
    workbook.definedNames.add('Sheet1!$B$2', 'requests_received_individual');
    const read = await readXlsx('other.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document.value).toEqual({ id: 'finance', requests: { received: { individual: '12件' } } });
    expect(read.document.locate(['requests', 'received', 'individual']).place).toEqual(cell('Sheet1', 'B2'));
  });

  it('without a meta sheet or names: one diagnostic saying how to make one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = 120;
    const diagnostics = await check(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['load/workbook-unknown', 0]]);
    expect(diagnostics[0].hint).toContain('report new <agency-id> --name 名称 --xlsx');
  });

  const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const files: [string, string, Uint8Array, string][] = [
    ['an .xls named .xlsx', 'f.xlsx', new Uint8Array([...ole2, ...new Array(504).fill(0)]), 'load/old-spreadsheet'],
    ['a password-protected workbook', 'f.xlsx', new Uint8Array([...ole2, ...new Array(100).fill(0), ...Buffer.from('EncryptedPackage', 'utf16le')]), 'load/encrypted'],
    ['a damaged zip', 'f.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'load/corrupt'],
    ['text named .xlsx', 'f.xlsx', new TextEncoder().encode('id: finance\n'), 'load/corrupt'],
  ];
  for (const [name, file, bytes, code] of files) {
    it(`${name}: ${code}, no stack trace`, async () => {
      const diagnostics = await check(bytes, file);
      expect(diagnostics.map((d) => d.code)).toEqual([code]);
      expect(diagnostics[0].message).not.toMatch(/\n\s+at /);
    });
  }
});
