// Exact decimal amounts (万元, 元): parsed from the shortest text of a number and summed
// without binary floating point, so 0.1 + 0.2 gives 0.3.
import { Decimal } from 'decimal.js';

export type Amount = Decimal;

export const zero: Amount = new Decimal(0);

export function toAmount(value: number | string): Amount {
  return new Decimal(value);
}

export function sumAmounts(values: readonly Amount[]): Amount {
  return values.reduce((a, b) => a.plus(b), zero);
}

/** Decimal places of a number as written in its shortest form (1e-7 has 7). */
export function decimalPlaces(value: number): number {
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}
