// A submission whose every cell holds a nine-digit figure (the totals and 本年新收, which
// balance them, run to ten or eleven): the widest figures a PDF table must hold.
import { stringify } from 'yaml';
import { cellsOf, pathKey } from '../../src/formats/cells.js';
import type { FormatDescription } from '../../src/formats/types.js';

function setIn(target: Record<string, any>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path.at(-1)!] = value;
}

export function nineDigitSubmission(format: FormatDescription, year: number): string {
  const model = cellsOf(format);
  const free = model.cells.filter((c) => !c.derived && c.path.join('.') !== '');
  const value: Record<string, any> = { id: 'wide', name: '示例市九位数局', year, format: format.id };
  const figures = new Map<string, number>();
  free.forEach((cell, i) => {
    const n = 987654321 - i * 1111;
    const figure = cell.type === 'count' ? n : cell.type === 'signed' ? -n : cell.type === 'wan' ? Number(`${n}.${1234 + i}`.slice(0, 14)) : Number(`${n}.${10 + (i % 89)}`);
    figures.set(pathKey(cell.path), figure);
    setIn(value, cell.path, figure);
  });
  for (const column of model.requestColumns.filter((c) => !c.total)) {
    const results = model.requestRows.filter((r) => r.path[0] === 'results' && !r.total).reduce((s, r) => s + figures.get(pathKey(['requests', ...r.path, ...column.path]))!, 0);
    const forward = figures.get(pathKey(['requests', 'carried_forward', ...column.path]))!;
    const over = figures.get(pathKey(['requests', 'carried_over', ...column.path]))!;
    setIn(value, ['requests', 'received', ...column.path], results + forward - over);
  }
  return stringify(value);
}
