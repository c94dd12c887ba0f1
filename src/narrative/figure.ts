// A figure as the prose sees it: its value, last year's, and how it prints.
import type { FigureValue } from '../consolidate/complete.js';
import type { ValueType } from '../formats/types.js';
import { decimalPlaces } from '../formats/values.js';
import { formatAmount, formatCount } from '../numbers/format.js';


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
  return typeof value === 'object' ? formatAmount(value, decimalPlaces[type]) : formatCount(value);
}

/** For shares and percentages only: a count beyond 2^53 is rounded here. */
export function numeric(value: FigureValue): number {
  return typeof value === 'object' ? value.toNumber() : Number(value);
}
