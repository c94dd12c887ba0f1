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
  return typeof value === 'number' ? formatCount(value) : formatAmount(value, decimalPlaces[type]);
}

export function numeric(value: FigureValue): number {
  return typeof value === 'number' ? value : value.toNumber();
}
