// Defined names → key paths: which cell of which sheet holds each figure. A workbook made
// by `report new --xlsx` names every input cell by its key path (`.` → `_`); any other
// workbook that uses the same names is read the same way.
import { cellsOf, type Cell } from '../../formats/cells.js';
import { formatIds, formats } from '../../formats/index.js';
import type { FormatDescription } from '../../formats/types.js';
import { definedNameOf } from '../../formats/workbook.js';

export interface NamedCell {
  readonly cell: Cell;
  readonly sheet: string;
  /** A1 style, without $. */
  readonly address: string;
}

/** `'三'!$D$5` → sheet 三, cell D5; undefined for a range or anything else. */
export function parseReference(reference: string): { sheet: string; address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!':]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), address: `${match[3]}${match[4]}` };
}

/** The figures a format's names address, by name (case-insensitive, as Excel's names are). */
function namesOf(format: FormatDescription): Map<string, Cell> {
  return new Map(cellsOf(format).cells.map((c) => [definedNameOf(c.path).toLowerCase(), c]));
}

const byFormat = new Map<string, Map<string, Cell>>();

/** Worked out when a workbook is first read, not as the module loads (every build loads it). */
function namesFor(format: FormatDescription): Map<string, Cell> {
  let names = byFormat.get(format.id);
  if (!names) byFormat.set(format.id, (names = namesOf(format)));
  return names;
}

export function namedCells(definedNames: readonly { name: string; ranges: string[] }[], format: FormatDescription): NamedCell[] {
  const names = namesFor(format);
  const found: NamedCell[] = [];
  for (const { name, ranges } of definedNames) {
    const cell = names.get(name.toLowerCase());
    const reference = ranges.length === 1 ? parseReference(ranges[0]) : undefined;
    if (cell && reference) found.push({ cell, ...reference });
  }
  return found;
}

/** Without a meta sheet: the format whose names the workbook uses most. */
export function guessFormat(definedNames: readonly { name: string }[]): FormatDescription | undefined {
  let best: FormatDescription | undefined;
  let bestCount = 0;
  for (const id of formatIds) {
    const names = namesFor(formats[id]);
    const count = definedNames.filter((d) => names.has(d.name.toLowerCase())).length;
    if (count > bestCount) [best, bestCount] = [formats[id], count];
  }
  return best;
}
