// The prose checks on a report given as figures and text parts, as `report import` calls them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gb2021 } from '../src/formats/gb2021.js';
import { checkReportProse } from '../src/prose.js';

const value = parse(readFileSync(new URL('./fixtures/submissions/valid-gb2021.yaml', import.meta.url), 'utf8'));

describe('checkReportProse', () => {
  it('checks a published report\'s text against its tables, pointing at the place in the document', () => {
    const found = checkReportProse({
      format: gb2021,
      year: 2023,
      value,
      file: 'published.html',
      parts: [
        { part: 'overview', file: 'published.html', text: '本机关全年受理政府信息公开申请17件，现行有效行政规范性文件40件。', place: { kind: 'table', table: 0, row: 0, column: 0 } },
        { part: 'problems', file: 'published.html', text: '无' },
      ],
    });
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([
      ['narrative/contradicts-table', 0, 0],
      ['narrative/empty-problems', 1, 1],
      ['narrative/literal-figure', 0, 0],
    ]);
    expect(found[0].data).toEqual({ written: '17件', label: '一、本年新收政府信息公开申请数量 · 总计', printed: '132', placeholder: '{{requests.received.total}}' });
    expect(found[0].place).toEqual({ kind: 'table', table: 0, row: 0, column: 0 });
  });
});
