// Schema errors as catalog data: each mistake gives its code, the messageId of its phrasing
// and named data (what was found, the kind expected, the figure to write). The wording in
// both languages is pinned by the reporter goldens (test/cli/scenarios/*-zh).
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { hintText, messageText } from '../../src/diagnostics/messages/index.js';
import { readXlsx } from '../../src/read/xlsx/index.js';
import { createSubmissionValidator } from '../../src/validate/run.js';
import { check, edit, fixture } from '../helpers/submissions.js';
import { fill, template, type Entry } from '../helpers/workbooks.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');
const received = 'received: {individual: 120,';
const individual = { label: '一、本年新收政府信息公开申请数量 · 自然人', path: 'requests.received.individual' };
const fees = { label: '行政事业性收费 · 本年收费金额（单位：万元）', path: 'active_disclosure.fees.amount' };

const catalogData = (d: Diagnostic) => ({ code: d.code, messageId: d.messageId, data: d.data });

describe('schema errors in YAML', () => {
  const cases: [string, string, ReturnType<typeof catalogData>][] = [
    ['a number in quotes', edit(gb2021, received, 'received: {individual: "120",'), { code: 'schema/type', messageId: 'text-number', data: { ...individual, expected: 'count', value: '120', number: '120' } }],
    ['a list where a count goes', edit(gb2021, received, 'received: {individual: [120],'), { code: 'schema/type', messageId: 'value', data: { ...individual, expected: 'count', found: 'list' } }],
    ['a fraction of a count', edit(gb2021, received, 'received: {individual: 1.5,'), { code: 'schema/type', messageId: 'whole', data: { ...individual, expected: 'count', found: '1.5' } }],
    ['元 in a 万元 cell', edit(gb2021, 'amount: 25.1', 'amount: 251000元'), { code: 'schema/type', messageId: 'unit-convert', data: { ...fees, expected: 'wan', value: '251000元', written: '251000', writtenUnit: '元', unit: '万元', number: '25.1' } }],
    ['a full-width space after a number', edit(gb2021, received, 'received: {individual: 120\u3000,'), { code: 'schema/invisible-character', messageId: 'after', data: { ...individual, expected: 'count', value: '120\u3000', number: '120', after: 'U+3000' } }],
    ['seven places in 万元', edit(gb2021, 'amount: 25.1', 'amount: 25.1234567'), { code: 'schema/decimal-places', messageId: 'wan', data: { ...fees, found: '25.1234567', places: '6' } }],
    [
      'a typo in a key',
      edit(gb2021, '    granted: {', '    granteed: {'),
      { code: 'schema/unknown-key', messageId: 'guess-labeled', data: { key: 'granteed', parent: 'requests.results', allowed: '`granted`, `partially_granted`, `withheld`, `unavailable`, `not_processed`, `other`, `total`', guess: 'granted', guessLabel: '（一）予以公开' } },
    ],
    ['an unknown top-level key', `${gb2021}colour: red\n`, { code: 'schema/unknown-key', messageId: 'top', data: expect.objectContaining({ key: 'colour' }) }],
    ['a format no one has', edit(gb2021, 'format: gb2021', 'format: gb2020'), { code: 'schema/value', messageId: 'format', data: { found: '"gb2020"', allowed: 'gb2019, gb2021' } }],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(check(text).map(catalogData)[0]).toEqual(expected);
  });

  it('data values are ids or what the user wrote, never English words', () => {
    const found = cases.flatMap(([, text]) => check(text));
    for (const d of found) for (const v of Object.values(d.data ?? {})) expect(String(v)).not.toMatch(/\b(?:a|an|the|whole|number|mapping|expected)\b /);
  });

  it('renders the expected kind and the found kind in Chinese', () => {
    const [list] = check(edit(gb2021, received, 'received: {individual: [120],'));
    expect(messageText(list, 'zh-CN')).toBe('一、本年新收政府信息公开申请数量 · 自然人填写为列表，应填写不小于0的整数');
    expect(list.message).toBe('一、本年新收政府信息公开申请数量 · 自然人 (requests.received.individual) is a list: expected a whole number ≥ 0');
    const [yuan] = check(edit(gb2021, 'amount: 25.1', 'amount: 251000元'));
    expect(hintText(yuan, 'zh-CN')).toBe('251000元即25.1万元：请填写25.1');
    expect(yuan.hint).toBe('251000元 is 25.1 万元: write 25.1');
  });
});

describe('schema errors in a workbook', () => {
  const validate = createSubmissionValidator();
  const checkCells = async (values: Record<string, Entry>): Promise<Diagnostic[]> => {
    const read = await readXlsx('finance.xlsx', await fill(await template('gb2021'), values));
    return read.ok ? [...validate(read.document).diagnostics] : read.diagnostics;
  };

  it('a cell holding a number as text is told about the cell, not about quotes', async () => {
    const [d] = await checkCells({ requests_received_individual: '120' });
    expect(catalogData(d)).toEqual({ code: 'schema/type', messageId: 'text-number-cell', data: { ...individual, expected: 'count', value: '120', number: '120' } });
    expect(d.hint).not.toMatch(/quotes/);
    expect(hintText(d, 'zh-CN')).toContain('单元格');
  });
});
