// The value types of a cell: their decimal places and largest amounts, in one place for
// the schema, the printed figures and the messages (their words: messages/schema.ts).
import type { ValueType } from './types.js';

/**
 * Decimal places each type allows. 万元 keeps 6: an amount kept in 元 to the fen is 6
 * places of 万元, and published reports print 24252.311082 万元.
 */
export const decimalPlaces: Readonly<Record<ValueType, number>> = { count: 0, signed: 0, wan: 6, yuan: 2 };

/**
 * The largest amount of each money type: with its decimal places, at most 15 significant
 * digits, so the number YAML reads is exactly the decimal written (1e9 万元 = 1e13 元).
 */
export const largestAmount = { wan: 1e9, yuan: 1e13 } as const;
