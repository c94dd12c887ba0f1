// Random consistent submissions, built from the format description: every cell filled,
// 一 + 二 = 三 + 四 in every column. For property tests and benchmarks' peers.
import fc from 'fast-check';
import { cellsOf, pathKey } from '../../src/formats/cells.js';
import type { FormatDescription } from '../../src/formats/types.js';

function setIn(target: Record<string, any>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path.at(-1)!] = value;
}

export function submissionArbitrary(format: FormatDescription, id: fc.Arbitrary<string>, year: number) {
  const model = cellsOf(format);
  const free = model.cells.filter((c) => !c.derived && !c.optional && c.path.join('.') !== '');
  return fc
    .record({
      id,
      numbers: fc.array(fc.nat({ max: 60 }), { minLength: free.length, maxLength: free.length }),
      amounts: fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: free.length, maxLength: free.length }),
      signed: fc.array(fc.integer({ min: -40, max: 40 }), { minLength: free.length, maxLength: free.length }),
    })
    .map(({ id: unitId, numbers, amounts, signed }) => {
      const value: Record<string, any> = { id: unitId, name: `单位${unitId}`, year, format: format.id };
      const figures = new Map<string, number>();
      free.forEach((cell, i) => {
        const n = cell.type === 'count' ? numbers[i] : cell.type === 'signed' ? signed[i] : Number((amounts[i] / (cell.type === 'wan' ? 10_000 : 100)).toString());
        figures.set(pathKey(cell.path), n);
        setIn(value, cell.path, n);
      });
      for (const column of model.requestColumns.filter((c) => !c.total)) {
        const resultRows = model.requestRows.filter((r) => r.path[0] === 'results' && !r.total);
        const results = resultRows.reduce((s, r) => s + figures.get(pathKey(['requests', ...r.path, ...column.path]))!, 0);
        const forward = figures.get(pathKey(['requests', 'carried_forward', ...column.path]))!;
        const over = Math.min(figures.get(pathKey(['requests', 'carried_over', ...column.path]))!, results + forward);
        setIn(value, ['requests', 'carried_over', ...column.path], over);
        setIn(value, ['requests', 'received', ...column.path], results + forward - over);
      }
      return value;
    });
}
