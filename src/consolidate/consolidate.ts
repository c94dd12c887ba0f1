// The consolidated figures the general office publishes: the whole, each subtotal group
// in report.yaml's order, and the list of units summed.
import type { FormatCells } from '../formats/cells.js';
import { countsByColumn, valueAt, type Figures } from '../formats/figures.js';
import type { FormatDescription } from '../formats/types.js';
import { byCodeUnit } from '../order.js';
import { completeFigures } from './complete.js';
import { GroupedSums, type Totals } from './sums.js';

/** A unit summed: an agency, or one inside a consolidated report given as input. */
export interface UnitEntry {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  readonly sha256: string;
  /** This unit's 结转下年度继续办理, for next year's continuity check. */
  readonly carried_forward?: Readonly<Record<string, number>>;
  /** Every figure of its submission was 0 (零报告). */
  readonly zero_return?: true;
}

export interface ConsolidationInput {
  readonly value: Readonly<Record<string, unknown>>;
  readonly sha256: string;
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

/** The units a submission stands for: itself, or the units of a consolidated report. */
export function unitsOf(input: ConsolidationInput, model: FormatCells): UnitEntry[] {
  const v = input.value;
  if (Array.isArray(v.units)) return v.units as UnitEntry[];
  const carried = countsByColumn(v, ['carried_forward'], model);
  const zero = model.cells.every((cell) => {
    const given = valueAt(v, cell.path);
    return given === undefined || given === 0;
  });
  return [
    {
      id: String(v.id),
      name: String(v.name),
      ...(typeof v.group === 'string' ? { group: v.group } : {}),
      sha256: input.sha256,
      carried_forward: carried,
      ...(zero ? { zero_return: true as const } : {}),
    },
  ];
}

/** Coverage recorded by a consolidated input, so a county's counts pass up to the city. */
function coverageOf(value: Readonly<Record<string, unknown>>): ReadonlyMap<string, number> | undefined {
  const coverage = value.coverage;
  if (coverage === null || typeof coverage !== 'object') return undefined;
  return new Map(Object.entries(coverage as Record<string, number>));
}

/** Adds one validated submission to running sums; returns the units it stands for. */
export function addSubmission(sums: GroupedSums, input: ConsolidationInput, model: FormatCells, figures?: Figures): UnitEntry[] {
  const units = unitsOf(input, model);
  const group = typeof input.value.group === 'string' ? input.value.group : undefined;
  sums.add(group, completeFigures(input.value, model, figures), units.length, model, coverageOf(input.value));
  return units;
}

/**
 * Groups come in `groupOrder`, then any group a submission names that report.yaml does
 * not, in code-unit order; units with no group count in the whole only.
 */
export function finishConsolidation(sums: GroupedSums, units: readonly UnitEntry[], format: FormatDescription, groupOrder: readonly string[]): Consolidation {
  const extra = [...sums.groups.keys()].filter((g) => !groupOrder.includes(g)).sort(byCodeUnit);
  const empty: Totals = { figures: new Map(), coverage: new Map(), unitCount: 0 };
  return {
    format,
    total: sums.whole.totals(),
    groups: [...groupOrder, ...extra].map((name) => ({ name, ...(sums.groups.get(name)?.totals() ?? empty) })),
    units: [...units].sort((a, b) => byCodeUnit(a.id, b.id)),
  };
}

/** `inputs` must have passed validation. */
export function consolidate(inputs: readonly ConsolidationInput[], format: FormatDescription, model: FormatCells, groupOrder: readonly string[]): Consolidation {
  const sums = new GroupedSums();
  const units = inputs.flatMap((input) => addSubmission(sums, input, model));
  return finishConsolidation(sums, units, format, groupOrder);
}
