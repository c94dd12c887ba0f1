// Reads the count cells of a submission, completing the totals it may leave out.
import { pathKey, type Cell, type FormatCells, type KeyPath } from './cells.js';

export function valueAt(value: unknown, path: KeyPath): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A part 三 row's given counts by applicant column key (individual, …, total where given). */
export function countsByColumn(value: unknown, row: KeyPath, model: FormatCells): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const column of model.requestColumns) {
    const n = valueAt(value, ['requests', ...row, ...column.path]);
    if (typeof n === 'number') counts[column.path.join('.')] = n;
  }
  return counts;
}

export interface Figures {
  /** The count at `path` (undefined where a needed cell is missing or not a whole number). */
  (path: KeyPath): number | undefined;
  /** The same, for a cell of the format: no path lookup. */
  readonly at: (cell: Cell) => number | undefined;
  /** Totals left out whose cells add up beyond 2^53 − 1: not summed (validation refuses them). */
  readonly beyondSafe: readonly Cell[];
}

/**
 * Every count cell of a submission: the given number, or for a total left out, the sum
 * of its addends. The schema reports cells that are missing or not numbers.
 */
export function figuresOf(value: unknown, model: FormatCells): Figures {
  const counts: (number | undefined)[] = new Array(model.cells.length);
  const given: boolean[] = new Array(model.cells.length);
  for (const cell of model.cells) {
    const v = valueAt(value, cell.path);
    given[cell.index] = v !== undefined;
    // 1.5, .inf, .nan, 1e400 are the schema's to report (schema/type); no rule sums them.
    counts[cell.index] = Number.isSafeInteger(v) ? (v as number) : undefined;
  }
  const beyondSafe: Cell[] = [];
  for (const cell of model.derivedOrder) {
    if (given[cell.index]) continue;
    const relation = model.computedBy.get(cell.index);
    if (!relation) continue;
    let sum: number | undefined = 0;
    for (const addend of relation.addends) {
      const v = counts[addend.index];
      if (v === undefined) {
        sum = undefined;
        break;
      }
      sum += v;
    }
    if (sum !== undefined && !Number.isSafeInteger(sum)) {
      beyondSafe.push(cell);
      sum = undefined;
    }
    counts[cell.index] = sum;
  }
  const at = (cell: Cell): number | undefined => counts[cell.index];
  return Object.assign((path: KeyPath) => {
    const cell = model.byPath.get(pathKey(path));
    return cell ? counts[cell.index] : undefined;
  }, { at, beyondSafe });
}
