// A table too wide for the page even with its figures at the smallest size (part 四's
// fifteen columns of ten-digit figures) is printed in bands, one below the other: its
// columns split where a column header group ends (行政复议 | 行政诉讼, then 未经复议直接
// 起诉 | 复议后起诉), each band repeating the row labels and the headers above it.
import { expandGrid, type Grid, type GridCell, type GridRow } from '../layout.js';

/** The grid restricted to the columns `keep`, in order; a cell spanning out of them is clipped. */
export function clipGrid(grid: Grid, keep: readonly number[]): Grid {
  const matrix = expandGrid(grid);
  const started = new Set<GridCell>();
  const rows: GridRow[] = grid.rows.map((row, r) => {
    const cells: GridCell[] = [];
    for (let i = 0; i < keep.length; i++) {
      const cell = matrix[r][keep[i]];
      if (!cell || started.has(cell)) continue;
      started.add(cell);
      let colspan = 0;
      while (i + colspan < keep.length && matrix[r][keep[i + colspan]] === cell) colspan++;
      cells.push(colspan === cell.colspan ? cell : { ...cell, colspan });
    }
    return { ...row, cells };
  });
  return { ...grid, width: keep.length, rows, notes: [] };
}

/** Column ranges [from, to) of the header cells in `row` that start inside [from, to). */
function groupsIn(matrix: (GridCell | undefined)[][], row: number, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let c = from; c < to; ) {
    const cell = matrix[row]?.[c];
    let end = c + 1;
    while (end < to && cell !== undefined && matrix[row][end] === cell) end++;
    out.push([c, end]);
    c = end;
  }
  return out;
}

/**
 * Bands of value columns, each holding at most what `fits` accepts, split at header
 * group boundaries from the top header row down. The label (stub) columns come with
 * every band. Undefined when the table cannot be split into fitting bands.
 */
export function bandsOf(grid: Grid, labelColumns: readonly number[], fits: (columns: number) => boolean): number[][] | undefined {
  const matrix = expandGrid(grid);
  const headRows = Math.max(grid.rows.findIndex((r) => r.role !== 'head'), 0);
  const valueStart = labelColumns.length === 0 ? 0 : Math.max(...labelColumns) + 1;
  const split = (from: number, to: number, level: number): [number, number][] | undefined => {
    if (fits(to - from)) return [[from, to]];
    if (level >= headRows) return undefined;
    const groups = groupsIn(matrix, level, from, to);
    if (groups.length === 1) return split(from, to, level + 1);
    const bands: [number, number][] = [];
    for (const [a, b] of groups) {
      const parts = split(a, b, level + 1);
      if (!parts) return undefined;
      for (const part of parts) {
        // Neighbouring groups share a band while it still fits.
        const last = bands.at(-1);
        if (last && last[1] === part[0] && fits(part[1] - last[0])) last[1] = part[1];
        else bands.push([...part]);
      }
    }
    return bands;
  };
  const ranges = split(valueStart, grid.width, 0);
  if (!ranges || ranges.length < 2) return undefined;
  return ranges.map(([from, to]) => [...labelColumns, ...Array.from({ length: to - from }, (_, i) => from + i)]);
}
