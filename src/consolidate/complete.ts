// One submission's figures with every total filled in: counts as integers, amounts as
// exact decimals, in an array by cell index.
import type { FormatCells } from '../formats/cells.js';
import { figuresOf, valueAt, type Figures } from '../formats/figures.js';
import { toAmount, type Amount } from '../numbers/decimal.js';
import type { Count } from '../numbers/count.js';

export type FigureValue = Count | Amount;

/** Figures by dotted key path; an optional figure a unit did not give is absent. */
export type FigureMap = ReadonlyMap<string, FigureValue>;

/** By cell index; undefined where an optional figure was not given. */
export type FigureArray = readonly (FigureValue | undefined)[];

/** `figures`: the counts already completed for validation, when at hand. */
export function completeFigures(value: unknown, model: FormatCells, figures: Figures = figuresOf(value, model)): FigureArray {
  return model.cells.map((cell) => {
    if (cell.type === 'wan' || cell.type === 'yuan') {
      const given = valueAt(value, cell.path);
      return typeof given === 'number' ? toAmount(given) : undefined;
    }
    return figures.at(cell);
  });
}

export function figureMap(figures: FigureArray, model: FormatCells): FigureMap {
  const map = new Map<string, FigureValue>();
  figures.forEach((value, i) => value !== undefined && map.set(model.cells[i].key, value));
  return map;
}
