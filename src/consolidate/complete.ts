// One submission's figures with every total filled in: counts as integers, amounts as
// exact decimals.
import { pathKey, type FormatCells } from '../formats/cells.js';
import { figuresOf, valueAt } from '../formats/figures.js';
import { toAmount, type Amount } from '../numbers/decimal.js';

export type FigureValue = number | Amount;

/** Figures by dotted key path; an optional figure a unit did not give is absent. */
export type FigureMap = ReadonlyMap<string, FigureValue>;

export function completeFigures(value: unknown, model: FormatCells): FigureMap {
  const figures = figuresOf(value, model);
  const complete = new Map<string, FigureValue>();
  for (const cell of model.cells) {
    if (cell.type === 'wan' || cell.type === 'yuan') {
      const given = valueAt(value, cell.path);
      if (typeof given === 'number') complete.set(pathKey(cell.path), toAmount(given));
      continue;
    }
    const count = figures(cell.path);
    if (count !== undefined) complete.set(pathKey(cell.path), count);
  }
  return complete;
}
