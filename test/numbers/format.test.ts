// How numbers print: plain integers, exact decimals, changes worded as Chinese reports word them.
import { describe, expect, it } from 'vitest';
import { sumAmounts, toAmount } from '../../src/numbers/decimal.js';
import { formatAmount, formatChange, formatCount, formatPercent } from '../../src/numbers/format.js';

describe('number formatting', () => {
  it.each([
    [126, 130, '减少3.1%'],
    [142, 302, '减少53%'],
    [105, 100, '增加5%'],
    [100, 100, '持平'],
    [7, 0, '增加7件'],
    [1, 8, '减少87.5%'],
  ])('%i against %i last year is %s', (now, before, text) => {
    expect(formatChange(now, before)).toBe(text);
  });

  it('prints counts without separators or exponents', () => {
    expect(formatCount(3517)).toBe('3517');
    expect(formatCount(9007199254740991)).toBe('9007199254740991');
  });

  it('adds amounts exactly and prints them without float noise', () => {
    expect(formatAmount(sumAmounts([toAmount(0.1), toAmount(0.2)]), 4)).toBe('0.3');
    expect(formatAmount(toAmount('123456789.1234'), 4)).toBe('123456789.1234');
  });

  it('rounds shares half up to one place', () => {
    expect(formatPercent(1, 8)).toBe('12.5%');
    expect(formatPercent(2, 3)).toBe('66.7%');
  });
});
