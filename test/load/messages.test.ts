// Messages that must point the right way: UTF-16 without a BOM, several YAML documents,
// an empty roster, a file too large to parse, a file that failed to load on the roster.
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/check.js';
import { reportYaml } from '../helpers/project.js';
import { check, fixture, located, policeSubmission } from '../helpers/submissions.js';
import { memoryFiles } from '../helpers/memory-files.js';

const valid = fixture('submissions/valid-gb2021.yaml');

function utf16(text: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('load messages', () => {
  it('UTF-16LE without a BOM is named as such, not as binary', () => {
    const [d] = check(utf16(valid));
    expect(located(d)).toEqual({ code: 'load/encoding', path: '', line: 1, column: 1 });
    expect(d.message).toBe('the file is UTF-16 (little-endian, without a byte-order mark): expected UTF-8');
    expect(check(utf16(valid, true))[0].message).toBe('the file is UTF-16 (big-endian, without a byte-order mark): expected UTF-8');
  });

  it('several YAML documents: located at the second, no parseAllDocuments()', () => {
    const [d, ...rest] = check('id: a\n---\nid: b\n');
    expect(rest).toEqual([]);
    expect(located(d)).toEqual({ code: 'load/multiple-documents', path: '', line: 2, column: 1 });
    expect(d.message).not.toMatch(/parseAllDocuments/);
    expect(d.message).toBe('a second YAML document starts here (after a `---` line): expected one document per file');
  });

  it('a file over the size limit is refused before parsing', () => {
    const started = performance.now();
    const [d] = check(valid + '# ' + 'x'.repeat(5 * 1024 * 1024) + '\n');
    expect(d.code).toBe('load/too-large');
    expect(d.message).toBe('the file is 5.0 MB: input files may be at most 4 MB');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  const project = (files: Record<string, string | Uint8Array>) =>
    checkProject('p', 'p', memoryFiles(Object.fromEntries(Object.entries(files).map(([p, t]) => [`p/${p}`, t]))));

  it('an empty roster says it expected the roster, not a submission', async () => {
    const result = await project({ 'report.yaml': reportYaml('gb2021', 2023, 'roster: roster.yaml\n'), 'roster.yaml': '# 待补充\n', 'submissions/finance.yaml': valid });
    expect(result.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ['load/empty', 'p/roster.yaml', 'the file holds no data (only comments or blank lines): expected the roster: `agencies:` with one entry per agency'],
    ]);
  });

  it('a submission that failed to load does not also get roster/missing', async () => {
    const roster = 'agencies:\n  - {id: finance, name: 示例市财政局}\n  - {id: police, name: 示例市公安局}\n';
    const result = await project({ 'report.yaml': reportYaml('gb2021', 2023, 'roster: roster.yaml\n'), 'roster.yaml': roster, 'submissions/finance.yaml': valid, 'submissions/police.yaml': utf16(policeSubmission()) });
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['load/encoding', 'p/submissions/police.yaml']]);
  });
});

describe('schema hints', () => {
  const cell = (from: string, to: string) => check(valid.replace(from, to));

  it('an amount in 元 where the cell is in 万元 is converted: 251000元 is 25.1 万元', () => {
    const [d] = cell('amount: 25.1', 'amount: 251000元');
    expect(located(d)).toEqual({ code: 'schema/type', path: 'active_disclosure.fees.amount', line: 12, column: 18 });
    expect(d.hint).toBe('251000元 is 25.1 万元: write 25.1');
  });

  it('a 元 cell keeps 元; 万元 in a 元 cell is converted the other way', () => {
    expect(cell('collected: 150.5', 'collected: 150.5元')[0].hint).toBe('the cell is in 元 already: write 150.5');
    expect(cell('collected: 150.5', 'collected: 1.5万元')[0].hint).toBe('1.5万元 is 15000 元: write 15000');
    expect(cell('amount: 25.1', 'amount: 25.1万元')[0].hint).toBe('the cell is in 万元 already: write 25.1');
  });

  it('1_0 gets the hint 10, not (1)', () => {
    const [d] = cell('received: {individual: 120,', 'received: {individual: 1_0,');
    expect(d.hint).toBe('write 10 without the _ separators');
  });

  it('a huge integer is quoted as written, once', () => {
    const found = cell('received: {individual: 120,', 'received: {individual: 99999999999999999999999,');
    expect(found.map(located)).toEqual([{ code: 'schema/range', path: 'requests.received.individual', line: 14, column: 26 }]);
    expect(found[0].message).toContain('is 99999999999999999999999: expected a number ≤ 9007199254740991');
    expect(found[0].message).not.toMatch(/e\+23|99999999999999991611392/);
  });

  it('a negative amount is not told that counts cannot be negative', () => {
    const [d] = cell('amount: 25.1', 'amount: -3');
    expect(d.code).toBe('schema/range');
    expect(d.hint).toBe('amounts cannot be negative');
  });
});

describe('load diagnostics as catalog data', () => {
  const data = (text: string | Uint8Array) => check(text).map((d) => ({ code: d.code, messageId: d.messageId, data: d.data }));

  it('the parser’s frequent messages have their own messageId; any other keeps its words as detail', () => {
    expect(data('a: 1\nb\nc: 2\n')).toEqual([{ code: 'load/syntax', messageId: 'missing-colon', data: {} }]);
    expect(data('id: x\nname: "a\nyear: 2023\n')).toEqual([{ code: 'load/syntax', messageId: 'missing-double-quote', data: {} }]);
    expect(data('id: @x\n')).toEqual([{ code: 'load/syntax', messageId: 'BAD_SCALAR_START', data: { detail: 'Plain value cannot start with reserved character @' } }]);
  });

  it('a file that holds nothing names the kind of file expected by messageId, with no English in its data', () => {
    expect(data('')).toEqual([{ code: 'load/empty', messageId: 'submission', data: {} }]);
    expect(data('# nothing\n')).toEqual([{ code: 'load/empty', messageId: 'no-data.submission', data: {} }]);
    expect(data('- a\n')).toEqual([{ code: 'load/not-mapping', messageId: 'submission', data: {} }]);
    expect(data(utf16(valid))).toEqual([{ code: 'load/encoding', messageId: 'utf16-no-bom', data: { order: 'little-endian' } }]);
  });
});
