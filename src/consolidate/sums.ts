// Running sums of submissions: the whole and each subtotal group. Plain (serialisable)
// so that sums made in parallel, or kept in the build cache, can be added together.
import type { FormatCells } from '../formats/cells.js';
import { addCounts, countFromPlain, countToPlain, isPlainBigCount } from '../numbers/count.js';
import { toAmount } from '../numbers/decimal.js';
import type { FigureArray, FigureMap, FigureValue } from './complete.js';

/** Amounts travel as decimal strings, counts as numbers (beyond 2^53 as "123n"). */
export interface PlainTotals {
  readonly figures: Record<string, number | string>;
  readonly coverage: Record<string, number>;
  readonly unitCount: number;
}

export interface PlainSums {
  readonly whole: PlainTotals;
  readonly groups: Record<string, PlainTotals>;
}

export interface Totals {
  readonly figures: FigureMap;
  /** For optional figures: how many units gave them. */
  readonly coverage: ReadonlyMap<string, number>;
  readonly unitCount: number;
}

function add(a: FigureValue, b: FigureValue): FigureValue {
  if (typeof a !== 'object') return typeof b !== 'object' ? addCounts(a, b) : b.plus(a.toString());
  return a.plus(typeof b === 'object' ? b : b.toString());
}

function fromPlain(value: number | string): FigureValue {
  if (typeof value === 'number') return value;
  return isPlainBigCount(value) ? countFromPlain(value) : toAmount(value);
}

export class Accumulator {
  readonly coverage = new Map<string, number>();
  unitCount = 0;
  readonly #figures = new Map<string, FigureValue>();
  /** Sums by cell index while submissions come in; folded into the keyed map when read. */
  #byIndex: (FigureValue | undefined)[] = [];
  #model?: FormatCells;

  /** `coverage` is what a consolidated input recorded; a plain submission covers what it gives. */
  add(figures: FigureArray, units: number, model: FormatCells, coverage?: ReadonlyMap<string, number>): void {
    this.#model = model;
    const sums = this.#byIndex;
    for (let i = 0; i < figures.length; i++) {
      const value = figures[i];
      if (value === undefined) continue;
      const known = sums[i];
      sums[i] = known === undefined ? value : add(known, value);
    }
    for (const cell of model.cells) {
      if (!cell.optional || cell.derived) continue;
      const gave = coverage?.get(cell.key) ?? (figures[cell.index] !== undefined ? 1 : 0);
      this.coverage.set(cell.key, (this.coverage.get(cell.key) ?? 0) + gave);
    }
    this.unitCount += units;
  }

  merge(plain: PlainTotals): void {
    for (const [key, value] of Object.entries(plain.figures)) this.#addKeyed(key, fromPlain(value));
    for (const [key, count] of Object.entries(plain.coverage)) this.coverage.set(key, (this.coverage.get(key) ?? 0) + count);
    this.unitCount += plain.unitCount;
  }

  toPlain(): PlainTotals {
    const figures: Record<string, number | string> = {};
    for (const [key, value] of this.#folded()) figures[key] = typeof value === 'object' ? value.toString() : countToPlain(value);
    return { figures, coverage: Object.fromEntries(this.coverage), unitCount: this.unitCount };
  }

  totals(): Totals {
    return { figures: this.#folded(), coverage: this.coverage, unitCount: this.unitCount };
  }

  #addKeyed(key: string, value: FigureValue): void {
    const known = this.#figures.get(key);
    this.#figures.set(key, known === undefined ? value : add(known, value));
  }

  /** The by-index sums added into the keyed map. */
  #folded(): Map<string, FigureValue> {
    const model = this.#model;
    if (model) this.#byIndex.forEach((value, i) => value !== undefined && this.#addKeyed(model.cells[i].key, value));
    this.#byIndex = [];
    return this.#figures;
  }
}

/** Sums for the whole and per group, added to as submissions come in. */
export class GroupedSums {
  readonly whole = new Accumulator();
  readonly groups = new Map<string, Accumulator>();

  add(group: string | undefined, figures: FigureArray, units: number, model: FormatCells, coverage?: ReadonlyMap<string, number>): void {
    this.whole.add(figures, units, model, coverage);
    if (group !== undefined) this.group(group).add(figures, units, model, coverage);
  }

  merge(plain: PlainSums): void {
    this.whole.merge(plain.whole);
    for (const [name, totals] of Object.entries(plain.groups)) this.group(name).merge(totals);
  }

  toPlain(): PlainSums {
    return { whole: this.whole.toPlain(), groups: Object.fromEntries([...this.groups].map(([name, acc]) => [name, acc.toPlain()])) };
  }

  private group(name: string): Accumulator {
    let acc = this.groups.get(name);
    if (!acc) this.groups.set(name, (acc = new Accumulator()));
    return acc;
  }
}
