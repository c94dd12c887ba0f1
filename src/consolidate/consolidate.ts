// Sums validated submissions cell by cell, the way the general office does: the whole,
// each subtotal group in report.yaml's order, and the list of units summed.
import type { FormatCells } from '../formats/cells.js';
import { pathKey } from '../formats/cells.js';
import { valueAt } from '../formats/figures.js';
import type { FormatDescription } from '../formats/types.js';
import { completeFigures, type FigureMap, type FigureValue } from './complete.js';

/** A unit summed: an agency, or one inside a consolidated report given as input. */
export interface UnitEntry {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  readonly sha256: string;
  /** This unit's 结转下年度继续办理, for next year's continuity check. */
  readonly carried_forward?: Readonly<Record<string, number>>;
}

export interface ConsolidationInput {
  readonly value: Readonly<Record<string, unknown>>;
  readonly sha256: string;
}

export interface Totals {
  readonly figures: FigureMap;
  /** For optional figures: how many units gave them. */
  readonly coverage: ReadonlyMap<string, number>;
  readonly unitCount: number;
}

export interface GroupTotals extends Totals {
  readonly name: string;
}

export interface Consolidation {
  readonly format: FormatDescription;
  readonly total: Totals;
  readonly groups: readonly GroupTotals[];
  readonly units: readonly UnitEntry[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function add(a: FigureValue, b: FigureValue): FigureValue {
  if (typeof a === 'number') return typeof b === 'number' ? a + b : b.plus(a);
  return a.plus(b);
}

class Accumulator {
  readonly figures = new Map<string, FigureValue>();
  readonly coverage = new Map<string, number>();
  unitCount = 0;

  constructor(private readonly model: FormatCells) {}

  add(figures: FigureMap, units: number, optionalCoverage: ReadonlyMap<string, number> | undefined): void {
    for (const [key, value] of figures) {
      const known = this.figures.get(key);
      this.figures.set(key, known === undefined ? value : add(known, value));
    }
    for (const cell of this.model.cells) {
      if (!cell.optional || cell.derived) continue;
      const key = pathKey(cell.path);
      const gave = optionalCoverage?.get(key) ?? (figures.has(key) ? 1 : 0);
      this.coverage.set(key, (this.coverage.get(key) ?? 0) + gave);
    }
    this.unitCount += units;
  }

  totals(): Totals {
    return { figures: this.figures, coverage: this.coverage, unitCount: this.unitCount };
  }
}

function unitsOf(input: ConsolidationInput, model: FormatCells): UnitEntry[] {
  const v = input.value;
  if (Array.isArray(v.units)) return v.units as UnitEntry[];
  const carried: Record<string, number> = {};
  for (const column of model.requestColumns) {
    const n = valueAt(v, ['requests', 'carried_forward', ...column.path]);
    if (typeof n === 'number') carried[column.path.join('.')] = n;
  }
  return [
    {
      id: String(v.id),
      name: String(v.name),
      ...(typeof v.group === 'string' ? { group: v.group } : {}),
      sha256: input.sha256,
      carried_forward: carried,
    },
  ];
}

/** Coverage recorded by a consolidated input, so a county's counts pass up to the city. */
function coverageOf(value: Readonly<Record<string, unknown>>): ReadonlyMap<string, number> | undefined {
  const coverage = value.coverage;
  if (coverage === null || typeof coverage !== 'object') return undefined;
  return new Map(Object.entries(coverage as Record<string, number>));
}

/**
 * `inputs` must have passed validation. Groups come in `groupOrder`, then any group a
 * submission names that report.yaml does not, in code-unit order; units with no group
 * count in the whole only.
 */
export function consolidate(
  inputs: readonly ConsolidationInput[],
  format: FormatDescription,
  model: FormatCells,
  groupOrder: readonly string[],
): Consolidation {
  const whole = new Accumulator(model);
  const groups = new Map<string, Accumulator>(groupOrder.map((g) => [g, new Accumulator(model)]));
  const units: UnitEntry[] = [];
  for (const input of inputs) {
    const figures = completeFigures(input.value, model);
    const own = unitsOf(input, model);
    const coverage = coverageOf(input.value);
    whole.add(figures, own.length, coverage);
    const group = input.value.group;
    if (typeof group === 'string') {
      if (!groups.has(group)) groups.set(group, new Accumulator(model));
      groups.get(group)!.add(figures, own.length, coverage);
    }
    units.push(...own);
  }
  const extra = [...groups.keys()].filter((g) => !groupOrder.includes(g)).sort(byCodeUnit);
  return {
    format,
    total: whole.totals(),
    groups: [...groupOrder, ...extra].map((name) => ({ name, ...groups.get(name)!.totals() })),
    units: units.sort((a, b) => byCodeUnit(a.id, b.id)),
  };
}
