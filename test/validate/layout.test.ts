// gb2019's single （六）其他处理 row in a gb2021 submission (real 2023 and 2024 reports
// print it so): one located diagnostic naming the layout and the three 2021 rows.
import { describe, expect, it } from 'vitest';
import { hintText, messageText } from '../../src/diagnostics/messages/index.js';
import { check, edit, fixture, located } from '../helpers/submissions.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');
const threeRows = `    other:
      no_correction: {individual: 1, business: 0, research: 0, nonprofit: 0, legal_services: 0, other: 0}
      fee_unpaid: {individual: 0, business: 0, research: 0, nonprofit: 0, legal_services: 0, other: 0}
      other: {individual: 0, business: 0, research: 0, nonprofit: 0, legal_services: 0, other: 0}
`;
const oneRow = '    other: {individual: 1, business: 0, research: 0, nonprofit: 0, legal_services: 0, other: 0}\n';

describe('a row group in another format\'s layout', () => {
  it('gb2021 with the gb2019 single （六）其他处理 row: one diagnostic, no cascade', () => {
    const diagnostics = check(edit(gb2021, threeRows, oneRow));
    expect(diagnostics.map(located)).toEqual([{ code: 'schema/layout', path: 'requests.results.other', line: 38, column: 5 }]);
    const [d] = diagnostics;
    expect(d.severity).toBe('error');
    expect(d.message).toContain('gb2019');
    for (const key of ['no_correction', 'fee_unpaid', 'other']) expect(d.message).toContain(`(${key})`);
    expect(d.message).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(d.message).toContain('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    expect(d.message).toContain('3.其他');
    expect({ messageId: d.messageId, data: d.data }).toEqual({
      messageId: 'default',
      data: { label: '（六）其他处理', path: 'requests.results.other', other: 'gb2019', format: 'gb2021', count: 3, rows: 'gb2021:requests.results.other', key: 'other', keys: 'gb2021:requests.results.other' },
    });
    expect(messageText(d, 'zh-CN')).toContain('3.其他（other）');
    expect(hintText(d, 'zh-CN')).toContain('`no_correction`、`fee_unpaid`、`other`');
  });

  it('also without the applicant "other" column, or with a total', () => {
    expect(check(edit(gb2021, threeRows, '    other: {individual: 1, total: 1}\n')).map((d) => d.code)).toEqual(['schema/layout']);
  });

  it('the three rows with a typo are schema errors as usual, not a layout', () => {
    const typo = edit(gb2021, 'no_correction:', 'no_corection:');
    expect(check(typo).map((d) => d.code)).toEqual(['schema/unknown-key']);
  });
});

describe('万元 amounts', () => {
  const gb2019 = fixture('submissions/valid-gb2019.yaml');
  it.each(['24252.311082', '7539.443252', '0.000001', '1234.5678'])('takes %s (up to 6 places, to the fen)', (amount) => {
    expect(check(edit(gb2019, 'amount: 1234.5678', `amount: ${amount}`))).toEqual([]);
    expect(check(edit(gb2021, 'fees: {amount: 25.1}', `fees: {amount: ${amount}}`))).toEqual([]);
  });

  it('refuses a 7th place, at the value', () => {
    expect(check(edit(gb2021, 'fees: {amount: 25.1}', 'fees: {amount: 25.1234567}')).map(located)).toEqual([
      { code: 'schema/decimal-places', path: 'active_disclosure.fees.amount', line: 12, column: 18 },
    ]);
  });
});
