// Last year's figures for 比上年 comparisons, read in last year's own format and kept only
// where this year's format has the same cell: across the 2020 → 2021 change, a figure
// one format lacks is never compared with another that merely shares a position.
import type { FormatCells } from '../formats/cells.js';
import { completeFigures, figureMap, type FigureMap } from './complete.js';

export interface PreviousFigures {
  readonly figures: FigureMap;
  readonly unitCount?: number;
  /** For messages: the file, and its format when it differs from this year's. */
  readonly file: string;
  readonly otherFormat?: string;
}

export function previousFigures(
  value: Readonly<Record<string, unknown>>,
  file: string,
  previousModel: FormatCells,
  currentModel: FormatCells,
  previousFormat: string,
  currentFormat: string,
): PreviousFigures {
  const all = figureMap(completeFigures(value, previousModel), previousModel);
  const figures = new Map([...all].filter(([key]) => currentModel.byPath.has(key)));
  return {
    figures,
    unitCount: Array.isArray(value.units) ? value.units.length : undefined,
    file,
    ...(previousFormat === currentFormat ? {} : { otherFormat: previousFormat }),
  };
}
