// Exact decimal amounts (万元, 元): parsed from the shortest text of a number and summed
// without binary floating point, so 0.1 + 0.2 gives 0.3. (How many places an amount may
// have is the schema's decimalPlaces keyword, in validate/ajv.ts.)
import { Decimal } from 'decimal.js';

export type Amount = Decimal;

export const zero: Amount = new Decimal(0);

export function toAmount(value: number | string): Amount {
  return new Decimal(value);
}

export function sumAmounts(values: readonly Amount[]): Amount {
  return values.reduce((a, b) => a.plus(b), zero);
}
