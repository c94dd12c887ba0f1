// How numbers are printed, in one place: counts as plain integers (3517, no separators),
// amounts with fixed places, changes as Chinese reports word them.
import type { Amount } from './decimal.js';

export function formatCount(value: number): string {
  // BigInt prints every safe integer without exponent or separator.
  return BigInt(value).toString();
}

/** An amount with at most `places` decimals, trailing zeros dropped (25.1, 0.3). */
export function formatAmount(value: Amount, places: number): string {
  return value.toDecimalPlaces(places).toFixed();
}

/**
 * The change from last year, worded as Chinese reports do: 比上年增加5.2% / 减少3.1% /
 * 持平. The percentage keeps one decimal, rounded half up, with a trailing .0 dropped
 * (53.0% → 53%); no comparison is made against a zero last year.
 */
export function formatChange(current: number, previous: number | undefined): string {
  if (previous === undefined) return '（无上年数据）';
  if (current === previous) return '持平';
  if (previous === 0) return `增加${formatCount(current)}件`;
  const percent = formatPercent(Math.abs(current - previous), previous);
  return current > previous ? `增加${percent}` : `减少${percent}`;
}

/** A share as a percentage with one decimal, rounded half up, `.0` dropped (12.5%, 53%). */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const tenths = Math.round((part * 1000) / whole);
  return `${Math.trunc(tenths / 10)}${tenths % 10 === 0 ? '' : `.${tenths % 10}`}%`;
}

/** A figure as plain text for data files (CSV): integers as they are, amounts exactly, never an exponent. */
export function formatPlain(value: number | Amount): string {
  return typeof value === 'number' ? formatCount(value) : value.toFixed();
}
