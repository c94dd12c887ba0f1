// Figures by key path → the nested submission shape, in printed order.
import { cellTree, isCell, type Cell, type CellTree, type FormatCells } from '../formats/cells.js';

/** Nests `leaf(cell)` for every cell of the format; undefined leaves (and emptied mappings) are left out. */
export function nestCells(model: FormatCells, leaf: (cell: Cell, key: string) => unknown): Record<string, unknown> {
  const build = (node: CellTree): Record<string, unknown> | undefined => {
    const out: Record<string, unknown> = {};
    for (const [key, child] of node.children) {
      const value = isCell(child) ? leaf(child, child.key) : build(child);
      if (value !== undefined) out[key] = value;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  };
  return build(cellTree(model.cells)) ?? {};
}
