// A figure as the prose sees it: its value, last year's, and how it prints.
import type { FigureValue } from '../consolidate/complete.js';
import type { ValueType } from '../formats/types.js';
import { formatAmount, formatCount } from '../numbers/format.js';

const places: Record<ValueType, number> = { count: 0, signed: 0, wan: 4, yuan: 2 };

export class Figure {
  constructor(
    readonly value: FigureValue,
    readonly type: ValueType,
    readonly previous?: FigureValue,
  ) {}

  /** Handlebars prints a figure through this. */
  toString(): string {
    return printValue(this.value, this.type);
  }
}

export function printValue(value: FigureValue, type: ValueType): string {
  return typeof value === 'object' ? formatAmount(value, places[type]) : formatCount(value);
}

/** For shares and percentages only: a count beyond 2^53 is rounded here. */
export function numeric(value: FigureValue): number {
  return typeof value === 'object' ? value.toNumber() : Number(value);
}
