// Reads the count cells of a submission, completing the totals it may leave out.
import { pathKey, type FormatCells, type KeyPath, type TotalRelation } from './cells.js';

export function valueAt(value: unknown, path: KeyPath): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export type Figures = (path: KeyPath) => number | undefined;

/**
 * The count at `path`: the given number, or for a total left out, the sum of its addends.
 * Undefined where a needed cell is missing or not a number (the schema reports those).
 */
export function figuresOf(value: unknown, model: FormatCells): Figures {
  const relationsByTotal = new Map<string, TotalRelation>();
  for (const r of [...model.requestResultTotals, ...model.requestRowTotals, ...model.appealTotals]) {
    if (!relationsByTotal.has(pathKey(r.total.path))) relationsByTotal.set(pathKey(r.total.path), r);
  }
  const memo = new Map<string, number | undefined>();
  const figure: Figures = (path) => {
    const key = pathKey(path);
    if (memo.has(key)) return memo.get(key);
    const given = valueAt(value, path);
    let result: number | undefined;
    if (typeof given === 'number') result = given;
    else if (given === undefined && relationsByTotal.has(key)) {
      result = 0;
      for (const addend of relationsByTotal.get(key)!.addends) {
        const v = figure(addend.path);
        if (v === undefined) {
          result = undefined;
          break;
        }
        result += v;
      }
    }
    memo.set(key, result);
    return result;
  };
  return figure;
}
