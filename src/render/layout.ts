// The official table layouts as grids of cells with row and column spans, walked from
// the format description. Every renderer lays out these grids; none writes a table again.
import { leavesOf, type KeyPath } from '../formats/cells.js';
import type { FormatDescription, HeaderNode } from '../formats/types.js';

export interface GridCell {
  readonly text: string;
  /**
   * head: column header; stub: row header; value: a figure at `path`; section: a group
   * title row; text: words in a body cell (the appendices' tables, tables in narratives).
   */
  readonly kind: 'head' | 'stub' | 'value' | 'section' | 'corner' | 'text';
  readonly rowspan: number;
  readonly colspan: number;
  readonly path?: KeyPath;
  /** Set for tables from narratives (Markdown's column alignment); the official grids align by kind. */
  readonly align?: 'left' | 'center' | 'right';
}

export interface GridRow {
  readonly role: 'head' | 'section' | 'body';
  /** The cells that start in this row, left to right. */
  readonly cells: readonly GridCell[];
}

export interface Grid {
  readonly title: string;
  readonly width: number;
  readonly rows: readonly GridRow[];
  readonly notes: readonly string[];
}

const depthOf = (nodes: readonly HeaderNode[]): number =>
  Math.max(...nodes.map((n) => 1 + (n.children ? depthOf(n.children) : 0)));

const leafCount = (node: HeaderNode): number => (node.children ? node.children.reduce((s, c) => s + leafCount(c), 0) : 1);

/** Column header rows: a node at depth d sits in row d; a leaf reaches down to the last header row. */
function headerRows(nodes: readonly HeaderNode[]): GridCell[][] {
  const depth = depthOf(nodes);
  const rows: GridCell[][] = Array.from({ length: depth }, () => []);
  const walk = (list: readonly HeaderNode[], level: number): void => {
    for (const node of list) {
      rows[level].push({ text: node.label, kind: 'head', colspan: leafCount(node), rowspan: node.children ? 1 : depth - level });
      if (node.children) walk(node.children, level + 1);
    }
  };
  walk(nodes, 0);
  return rows;
}

/** Row stubs: a node at depth d sits in column d; a leaf reaches across to the last stub column. */
function stubRows(nodes: readonly HeaderNode[]): GridCell[][] {
  const depth = depthOf(nodes);
  const rows: GridCell[][] = [];
  const walk = (list: readonly HeaderNode[], level: number, pending: GridCell[]): void => {
    for (const node of list) {
      const cell: GridCell = { text: node.label, kind: 'stub', rowspan: leafCount(node), colspan: node.children ? 1 : depth - level };
      const here = [...pending, cell];
      if (node.children) walk(node.children, level + 1, here);
      else rows.push(here);
      pending = [];
    }
  };
  walk(nodes, 0, []);
  return rows;
}

export function activeGrid(format: FormatDescription): Grid {
  const { active } = format;
  const width = 1 + Math.max(...active.groups.map((g) => g.columns.length));
  const rows: GridRow[] = [];
  for (const group of active.groups) {
    rows.push({ role: 'section', cells: [{ text: group.label, kind: 'section', rowspan: 1, colspan: width }] });
    // A group with fewer columns than the table lets its last column run to the edge.
    const stretch = (i: number): number => (i === group.columns.length - 1 ? width - group.columns.length : 1);
    rows.push({
      role: 'head',
      cells: [
        { text: active.firstColumnLabel, kind: 'head', rowspan: 1, colspan: 1 },
        ...group.columns.map((c, i) => ({ text: c.label, kind: 'head' as const, rowspan: 1, colspan: stretch(i) })),
      ],
    });
    for (const row of group.rows) {
      rows.push({
        role: 'body',
        cells: [
          { text: row.label, kind: 'stub', rowspan: 1, colspan: 1 },
          ...group.columns.map((c, i) => ({
            text: '',
            kind: 'value' as const,
            rowspan: 1,
            colspan: stretch(i),
            path: ['active_disclosure', row.key, c.key],
          })),
        ],
      });
    }
  }
  return { title: active.title, width, rows, notes: active.notes };
}

export function requestsGrid(format: FormatDescription): Grid {
  const { requests } = format;
  const stubWidth = depthOf(requests.rows);
  const head = headerRows([requests.columns]);
  const columns = leavesOf([requests.columns]);
  const rowLeaves = leavesOf(requests.rows);
  head[0].unshift({ text: requests.cornerLabel, kind: 'corner', rowspan: head.length, colspan: stubWidth });
  const body = stubRows(requests.rows).map((stubs, i) => ({
    role: 'body' as const,
    cells: [
      ...stubs,
      ...columns.map((c) => ({ text: '', kind: 'value' as const, rowspan: 1, colspan: 1, path: ['requests', ...rowLeaves[i].path, ...c.path] })),
    ],
  }));
  return {
    title: requests.title,
    width: stubWidth + columns.length,
    rows: [...head.map((cells) => ({ role: 'head' as const, cells })), ...body],
    notes: [],
  };
}

export function appealsGrid(format: FormatDescription): Grid {
  const { appeals } = format;
  const head = headerRows(appeals.columns);
  const columns = leavesOf(appeals.columns);
  return {
    title: appeals.title,
    width: columns.length,
    rows: [
      ...head.map((cells) => ({ role: 'head' as const, cells })),
      { role: 'body', cells: columns.map((c) => ({ text: '', kind: 'value' as const, rowspan: 1, colspan: 1, path: ['appeals', ...c.path] })) },
    ],
    notes: [],
  };
}

/** The three tables of a format, in printed order. */
export function gridsOf(format: FormatDescription): { active: Grid; requests: Grid; appeals: Grid } {
  return { active: activeGrid(format), requests: requestsGrid(format), appeals: appealsGrid(format) };
}

/** Which cell covers each slot of the grid: the spans resolved into a full matrix. */
export function expandGrid(grid: Grid): (GridCell | undefined)[][] {
  const matrix: (GridCell | undefined)[][] = grid.rows.map(() => Array(grid.width).fill(undefined));
  const taken: boolean[][] = grid.rows.map(() => Array(grid.width).fill(false));
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (taken[r][c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          taken[r + dr][c + dc] = true;
          matrix[r + dr][c + dc] = cell;
        }
      }
      c += cell.colspan;
    }
  });
  return matrix;
}

/** gb2021 part 六's processing fees as a two-column table: what is counted, and the figure. */
export function feesGrid(format: FormatDescription): Grid | undefined {
  const fees = format.processingFees;
  if (!fees) return undefined;
  return {
    title: '六、信息处理费',
    width: 2,
    rows: [
      { role: 'head', cells: [{ text: '项目', kind: 'head', rowspan: 1, colspan: 1 }, { text: '数量或金额', kind: 'head', rowspan: 1, colspan: 1 }] },
      ...fees.fields.map((f) => ({
        role: 'body' as const,
        cells: [
          { text: f.optional ? `${f.label}（选填）` : f.label, kind: 'stub' as const, rowspan: 1, colspan: 1 },
          { text: '', kind: 'value' as const, rowspan: 1, colspan: 1, path: ['processing_fees', f.key] },
        ],
      })),
    ],
    notes: [],
  };
}
