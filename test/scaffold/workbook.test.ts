// The `report new --xlsx` workbook: sheets 二 三 四 六 laid out as printed, locked labels,
// merged headers, 0 in every input cell, defined names, validation, SUM totals, a hidden
// meta sheet, A4 landscape; and the command writes it where YAML would go, never over a file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';
import { template } from '../helpers/workbooks.js';
import { decimalPlaces } from '../../src/formats/values.js';

const open = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
};

describe('the workbook template', () => {
  it('has the printed parts as sheets, and a hidden meta sheet with the identity', async () => {
    const workbook = await open(await template('gb2021', 'finance', '示例市财政局', 2023, '市级部门'));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([['二', 'visible'], ['三', 'visible'], ['四', 'visible'], ['六', 'visible'], ['meta', 'hidden']]);
    const meta = workbook.getWorksheet('meta')!;
    expect([1, 2, 3, 4, 5].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value])).toEqual([['format', 'gb2021'], ['year', 2023], ['id', 'finance'], ['name', '示例市财政局'], ['group', '市级部门']]);
    expect((await open(await template('gb2019'))).worksheets.map((s) => s.name)).toEqual(['二', '三', '四', 'meta']);
  });

  it('lays out part 三 as printed: merged headers, locked labels, unlocked inputs with 0', async () => {
    const sheet = (await open(await template('gb2021'))).getWorksheet('三')!;
    expect(sheet.getCell('A2').value).toMatch(/^（本列数据的勾稽关系为/);
    expect(sheet.getCell('D2').value).toBe('申请人情况');
    expect(sheet.getCell('I2').master.address).toBe('D2');
    expect(sheet.getCell('E3').value).toBe('法人或其他组织');
    expect(sheet.getCell('A5').value).toBe('一、本年新收政府信息公开申请数量');
    expect(sheet.getCell('A5').protection?.locked).not.toBe(false);
    expect(sheet.getCell('D5').value).toBe(0);
    expect(sheet.getCell('D5').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('D5').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(sheet.getCell('J5').value).toEqual({ formula: 'SUM(D5,E5,F5,G5,H5,I5)' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true });
  });

  it('names every cell by its key path, and validates 本年增/减 and amounts by type', async () => {
    const workbook = await open(await template('gb2019'));
    expect(workbook.definedNames.getRanges('requests_received_individual').ranges).toEqual(["'三'!$D$5"]);
    expect(workbook.definedNames.getRanges('requests_results_total_total').ranges).toEqual(["'三'!$J$26"]);
    const active = workbook.getWorksheet('二')!;
    const [change] = workbook.definedNames.getRanges('active_disclosure_licensing_change').ranges;
    expect(active.getCell(change.split('!')[1].replace(/\$/g, '')).dataValidation).toMatchObject({ type: 'whole', operator: 'between' });
    const [amount] = workbook.definedNames.getRanges('active_disclosure_procurement_amount').ranges;
    const address = amount.split('!')[1].replace(/\$/g, '');
    expect(active.getCell(address).dataValidation).toMatchObject({ type: 'custom', formulae: [`AND(ISNUMBER(${address}),${address}>=0,ROUND(${address},${decimalPlaces.wan})=${address})`] });
  });
});

describe('report new --xlsx', () => {
  it('writes submissions/<id>.xlsx that validates as it is, and never overwrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-xlsx-'));
    const created = runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2023', '--xlsx'], dir);
    expect(created.status).toBe(0);
    expect(created.stderr).toContain('submissions/finance.xlsx');
    const checked = runReport(['validate', 'submissions/finance.xlsx', '--reporter', 'json'], dir);
    expect(JSON.parse(checked.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0 });
    const again = runReport(['new', 'finance', '--name', '示例市财政局', '--year', '2023', '--xlsx'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists already');
  }, 120_000);
});
