// The hint for an amount written with its unit ("251000元", "25.1万元"): the figure to
// write in the cell's own unit, converted exactly (formats.md: 251000元 → 25.1).
import type { ValueType } from '../formats/types.js';
import { toAmount } from '../numbers/decimal.js';

const withUnit = /^([-+]?\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)$/;

/** Which unit hint and its data: the cell's unit already, or the figure converted into it. */
export type AmountUnitHint =
  | { readonly messageId: 'unit-same'; readonly data: { readonly unit: string; readonly number: string } }
  | { readonly messageId: 'unit-convert'; readonly data: { readonly written: string; readonly writtenUnit: string; readonly unit: string; readonly number: string } };

/** The hint for `text` in a cell of `type`, or undefined when it is not a number with a unit. */
export function amountUnitHint(text: string, type: ValueType): AmountUnitHint | undefined {
  const match = withUnit.exec(text.trim());
  if (!match || (type !== 'wan' && type !== 'yuan')) return undefined;
  const number = match[1].replace(/,/g, '');
  const unit = match[2] === '元' ? '元' : '万元';
  const cellUnit = type === 'wan' ? '万元' : '元';
  if (unit === cellUnit) return { messageId: 'unit-same', data: { unit: cellUnit, number: toAmount(number).toFixed() } };
  const converted = type === 'wan' ? toAmount(number).div(10_000) : toAmount(number).times(10_000);
  return { messageId: 'unit-convert', data: { written: number, writtenUnit: unit, unit: cellUnit, number: converted.toFixed() } };
}
