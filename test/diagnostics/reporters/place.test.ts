// Reporters print where a problem is whatever the reader was: a workbook cell, a table
// cell of a published document, a spot on a PDF page; line and column stay 0.
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/diagnostics/create.js';
import { sortDiagnostics, type Place } from '../../../src/diagnostics/diagnostic.js';
import { reporters } from '../../../src/diagnostics/reporters/index.js';

const data = (value: string) => ({ label: 'L', path: 'appeals.reconsideration.total', value, sum: '1', terms: '1 + 0' });
const at = (file: string, place: Place, value = '0') =>
  createDiagnostic('appeals/total', { file, line: 0, column: 0, place, path: ['appeals', 'reconsideration', 'total'], data: data(value) });
const m = 'L (appeals.reconsideration.total) is 0, but its cells add up to 1: 1 + 0';
const h = 'write 1, or leave the total out and it is computed';

const options = { color: false, lang: 'en' as const, sources: new Map([['finance.xlsx', 'binary\nnot shown']]), files: 1 };

describe('a workbook cell', () => {
  const d = at('finance.xlsx', { kind: 'cell', sheet: '三', cell: 'D7' });

  it('pretty prints file:sheet!cell and quotes no source line', () => {
    const out = reporters.pretty([d], options);
    expect(out.split('\n')[0]).toBe(`finance.xlsx:三!D7  error  appeals/total  ${m}`);
    expect(out).not.toContain('not shown');
  });

  it('quotes a sheet name with a space as a formula would', () => {
    const out = reporters.pretty([at('a.xlsx', { kind: 'cell', sheet: 'My sheet', cell: 'B2' })], options);
    expect(out.split('\n')[0]).toBe(`a.xlsx:'My sheet'!B2  error  appeals/total  ${m}`);
  });

  it('JSON adds sheet and cell and keeps line and column 0', () => {
    const [json] = JSON.parse(reporters.json([d], options)).diagnostics;
    expect(json).toMatchObject({ file: 'finance.xlsx', line: 0, column: 0, sheet: '三', cell: 'D7', code: 'appeals/total' });
  });

  it('GitHub names the file and the cell in the title, with no line', () => {
    expect(reporters.github([d], options)).toBe(`::error file=finance.xlsx,title=finance.xlsx 三!D7%3A appeals/total::${m}%0A${h}\n`);
  });

  it('related cells are printed at their own cells', () => {
    const withRelated = createDiagnostic('appeals/total', {
      file: 'f.xlsx', line: 0, column: 0, place: { kind: 'cell', sheet: '三', cell: 'D7' }, path: [], data: data('0'),
      related: [{ path: ['requests', 'carried_over', 'individual'], label: '上年结转', value: '5', line: 0, column: 0, place: { kind: 'cell', sheet: '三', cell: 'D8' } }],
    });
    expect(reporters.pretty([withRelated], options)).toContain('related: 上年结转 = 5 at f.xlsx:三!D8');
    const [json] = JSON.parse(reporters.json([withRelated], options)).diagnostics;
    expect(json.related[0]).toMatchObject({ sheet: '三', cell: 'D8', line: 0, column: 0 });
  });
});

describe('a table cell and a page spot', () => {
  it('pretty, JSON and GitHub print a document table cell', () => {
    const d = at('report.docx', { kind: 'table', table: 2, row: 5, column: 3 });
    expect(reporters.pretty([d], options).split('\n')[0]).toBe(`report.docx:table 2 row 5 column 3  error  appeals/total  ${m}`);
    expect(JSON.parse(reporters.json([d], options)).diagnostics[0]).toMatchObject({ table: 2, row: 5, tableColumn: 3, column: 0, line: 0 });
    expect(reporters.github([d], options)).toContain('title=report.docx table 2 row 5 column 3%3A appeals/total::');
  });

  it('pretty, JSON and GitHub print a PDF page spot', () => {
    const d = at('report.pdf', { kind: 'page', page: 3, x: 72, y: 540 });
    expect(reporters.pretty([d], options).split('\n')[0]).toBe(`report.pdf:page 3 (x 72, y 540)  error  appeals/total  ${m}`);
    expect(JSON.parse(reporters.json([d], options)).diagnostics[0]).toMatchObject({ page: 3, x: 72, y: 540 });
    expect(reporters.github([d], options)).toContain('title=report.pdf page 3 (x 72%2C y 540)%3A appeals/total::');
  });
});

it('diagnostics in one workbook sort by sheet (code units: 三 before 二), row, then column (B before AA)', () => {
  const cells = ['AA3', 'B10', 'B3', 'C3'].map((cell) => at('f.xlsx', { kind: 'cell', sheet: '三', cell }, cell));
  const other = at('f.xlsx', { kind: 'cell', sheet: '二', cell: 'Z9' }, 'Z9');
  expect(sortDiagnostics([...cells, other]).map((d) => d.data?.value)).toEqual(['B3', 'C3', 'AA3', 'B10', 'Z9']);
});
