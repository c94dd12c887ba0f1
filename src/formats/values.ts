// What each value type of a cell is, in words for diagnostics.
import type { ValueType } from './types.js';

export const valueTypeWords: Record<ValueType, string> = {
  count: 'a whole number ≥ 0',
  signed: 'a whole number (negative for a decrease)',
  wan: 'an amount in 万元 ≥ 0 with at most 4 decimal places',
  yuan: 'an amount in 元 ≥ 0 with at most 2 decimal places',
};
