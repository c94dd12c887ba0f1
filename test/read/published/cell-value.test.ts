// A printed cell's text → its figure, exactly, and the note saying how it was read.
import { describe, expect, it } from 'vitest';
import { readCellValue } from '../../../src/read/published/cell-value.js';

describe('readCellValue', () => {
  it.each([
    ['251000元', 'wan', 25.1, ['import/yuan-to-wan']],
    ['24252.311082', 'wan', 24252.311082, []],
    ['0.5万元', 'yuan', 5000, ['import/yuan-to-wan']],
    ['１２３', 'count', 123, ['import/full-width']],
    ['\u00a0 17 \u00a0', 'count', 17, []],
    ['12件', 'count', 12, ['import/unit']],
    ['1,234', 'count', 1234, ['import/thousands']],
    ['/', 'count', 0, ['import/placeholder-zero']],
    ['—', 'count', 0, ['import/placeholder-zero']],
    ['-2', 'signed', -2, []],
    ['150.50元', 'yuan', 150.5, ['import/unit']],
  ] as const)('reads “%s” in a %s cell as %s', (text, type, value, notes) => {
    const reading = readCellValue(text, type);
    expect(reading).toMatchObject({ kind: 'number', value });
    expect(reading.kind === 'number' && reading.notes.map((n) => n.code)).toEqual(notes);
  });

  it('keeps the converted 万元 amount exact where binary arithmetic would not', () => {
    expect(readCellValue('123456789.01元', 'wan')).toMatchObject({ kind: 'number', value: 12345.678901 });
  });

  it.each([
    ['约3', 'count'],
    ['3人', 'count'],
    ['12,34', 'count'],
    ['1.2.3', 'count'],
    ['99999999999999999', 'count'],
    ['25万', 'wan'],
  ] as const)('refuses “%s” in a %s cell instead of guessing', (text, type) => {
    expect(readCellValue(text, type).kind).toBe('unreadable');
  });

  it('tells a blank from a 0', () => {
    expect(readCellValue(' \u3000&nbsp;'.replace('&nbsp;', '\u00a0'), 'count')).toEqual({ kind: 'blank' });
    expect(readCellValue('0', 'count')).toEqual({ kind: 'number', value: 0, notes: [] });
  });
});
