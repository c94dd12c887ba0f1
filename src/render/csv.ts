// report.csv: the figures in long form, one line per unit and cell, the consolidated
// total as unit `_total`. UTF-8 with a BOM, so Excel opens it in Chinese.
import type { Consolidation } from '../consolidate/consolidate.js';
import type { FigureMap } from '../consolidate/complete.js';
import type { UnitFigures } from '../consolidate/units.js';
import type { FormatCells } from '../formats/cells.js';
import { formatPlain } from '../numbers/format.js';
import { labelledCells } from './labels.js';

export interface OpenData {
  readonly consolidation: Consolidation;
  readonly model: FormatCells;
  readonly units: readonly UnitFigures[];
  /** The report's own name, for the `_total` lines. */
  readonly name: string;
}

const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function renderCsv(data: OpenData): string {
  const labelled = labelledCells(data.consolidation.format, data.model);
  const lines = [['unit_id', 'unit_name', 'group', 'part', 'row', 'column', 'key', 'value'].join(',')];
  const emit = (id: string, name: string, group: string, figures: FigureMap): void => {
    for (const { cell, part, row, column } of labelled) {
      const value = figures.get(cell.key);
      if (value === undefined) continue;
      lines.push([id, name, group, part, row, column, cell.key, formatPlain(value)].map(field).join(','));
    }
  };
  for (const unit of data.units) emit(unit.id, unit.name, unit.group ?? '', unit.figures);
  emit('_total', data.name, '', data.consolidation.total.figures);
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
