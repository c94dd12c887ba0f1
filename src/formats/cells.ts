// Walks a format description into flat lists: every cell with its key path and printed
// label, and every "total = sum of addends" relation the tables imply. Schema, rules,
// consolidation and the scaffold all read these lists instead of the tables.
import type { FormatDescription, HeaderNode, ValueType } from './types.js';

export type KeyPath = readonly string[];

export interface Leaf {
  readonly path: KeyPath;
  /** The printed label, with its parent's where the label alone is ambiguous. */
  readonly label: string;
  readonly total: boolean;
}

export interface Cell {
  /** Position in FormatCells.cells, so per-submission figures can live in an array. */
  readonly index: number;
  /** The dotted key path. */
  readonly key: string;
  readonly path: KeyPath;
  readonly label: string;
  readonly type: ValueType;
  /** A total a submission may leave out: computed when missing, checked when given. */
  readonly derived: boolean;
  /** A figure a submission may leave out, summed over the units that give it. */
  readonly optional: boolean;
}

export interface TotalRelation {
  readonly total: Cell;
  readonly addends: readonly Cell[];
}

/** The leaves of a header tree, in printed order. */
export function leavesOf(nodes: readonly HeaderNode[]): Leaf[] {
  const all: { node: HeaderNode; path: string[]; parent?: HeaderNode }[] = [];
  const walk = (list: readonly HeaderNode[], path: string[], parent?: HeaderNode): void => {
    for (const node of list) {
      const here = node.key === undefined ? path : [...path, node.key];
      if (node.children) walk(node.children, here, node);
      else all.push({ node, path: here, parent });
    }
  };
  walk(nodes, []);
  const seen = new Map<string, number>();
  for (const { node } of all) seen.set(node.label, (seen.get(node.label) ?? 0) + 1);
  return all.map(({ node, path, parent }) => {
    const ambiguous = (seen.get(node.label) ?? 0) > 1 || /^[0-9]/.test(node.label);
    const label = ambiguous && parent ? `${parent.label} / ${node.label}` : node.label;
    return { path, label, total: node.total === true };
  });
}

/** For each node with a `total` child: the total leaf and the other leaves under that node. */
function totalGroups(nodes: readonly HeaderNode[]): { total: KeyPath; addends: KeyPath[] }[] {
  const groups: { total: KeyPath; addends: KeyPath[] }[] = [];
  const walk = (list: readonly HeaderNode[], path: string[]): void => {
    for (const node of list) {
      if (!node.children) continue;
      const here = node.key === undefined ? path : [...path, node.key];
      const totalChild = node.children.find((c) => c.total);
      if (totalChild?.key !== undefined) {
        const addends = leavesOf(node.children).filter((l) => !l.total).map((l) => [...here, ...l.path]);
        groups.push({ total: [...here, totalChild.key], addends });
      }
      walk(node.children, here);
    }
  };
  walk(nodes, []);
  return groups;
}

export const pathKey = (path: KeyPath): string => path.join('.');

export interface FormatCells {
  readonly cells: readonly Cell[];
  /** For each derived cell, by index, the relation that computes it when it is left out. */
  readonly computedBy: ReadonlyMap<number, TotalRelation>;
  /** Derived cells in an order where every addend comes before its total. */
  readonly derivedOrder: readonly Cell[];
  /** Printed labels of cells and of the rows and groups above them, by dotted key path. */
  readonly labels: ReadonlyMap<string, string>;
  readonly byPath: ReadonlyMap<string, Cell>;
  readonly requestRowTotals: readonly TotalRelation[];
  readonly requestResultTotals: readonly TotalRelation[];
  readonly appealTotals: readonly TotalRelation[];
  readonly requestRows: readonly Leaf[];
  readonly requestColumns: readonly Leaf[];
}

const known = new WeakMap<FormatDescription, FormatCells>();

/**
 * Every cell of the three tables and the processing fees, in printed order; worked out once
 * per format description and shared (everything in it is read-only), since the checks, the
 * schema and the build each ask for it.
 */
export function cellsOf(format: FormatDescription): FormatCells {
  let model = known.get(format);
  if (!model) known.set(format, (model = modelOf(format)));
  return model;
}

function modelOf(format: FormatDescription): FormatCells {
  const cells: Cell[] = [];
  const push = (cell: Omit<Cell, 'index' | 'key'>): void => {
    cells.push({ ...cell, index: cells.length, key: pathKey(cell.path) });
  };
  for (const group of format.active.groups) {
    for (const row of group.rows) {
      for (const col of group.columns) {
        push({
          path: ['active_disclosure', row.key, col.key],
          label: `${row.label} · ${col.label}`,
          type: col.type,
          derived: false,
          optional: false,
        });
      }
    }
  }
  const rows = leavesOf(format.requests.rows);
  const columns = leavesOf([format.requests.columns]);
  for (const row of rows) {
    for (const col of columns) {
      push({
        path: ['requests', ...row.path, ...col.path],
        label: `${row.label} · ${col.label}`,
        type: 'count',
        derived: row.total || col.total,
        optional: row.total || col.total,
      });
    }
  }
  for (const leaf of leavesOf(format.appeals.columns)) {
    const derived = leaf.total;
    push({ path: ['appeals', ...leaf.path], label: leaf.label, type: 'count', derived, optional: derived });
  }
  for (const f of format.processingFees?.fields ?? []) {
    push({ path: ['processing_fees', f.key], label: f.label, type: f.type, derived: false, optional: f.optional });
  }
  const byPath = new Map(cells.map((c) => [pathKey(c.path), c]));
  const labels = new Map<string, string>([
    ['active_disclosure', format.active.title],
    ['requests', format.requests.title],
    ['appeals', format.appeals.title],
  ]);
  for (const group of format.active.groups) {
    for (const row of group.rows) labels.set(pathKey(['active_disclosure', row.key]), row.label);
  }
  const labelTree = (nodes: readonly HeaderNode[], prefix: readonly string[]): void => {
    for (const node of nodes) {
      const here = node.key === undefined ? prefix : [...prefix, node.key];
      if (node.key !== undefined) labels.set(pathKey(here), node.label);
      if (node.children) labelTree(node.children, here);
    }
  };
  labelTree(format.requests.rows, ['requests']);
  labelTree(format.appeals.columns, ['appeals']);
  for (const row of rows) labels.set(pathKey(['requests', ...row.path]), row.label);
  if (format.processingFees) labels.set('processing_fees', format.processingFees.label);
  for (const c of cells) labels.set(pathKey(c.path), c.label);
  const cell = (path: KeyPath): Cell => byPath.get(pathKey(path))!;

  const requestRowTotals = rows.flatMap((row) =>
    totalGroups([format.requests.columns]).map((g) => ({
      total: cell(['requests', ...row.path, ...g.total]),
      addends: g.addends.map((a) => cell(['requests', ...row.path, ...a])),
    })),
  );
  const requestResultTotals = columns.flatMap((col) =>
    totalGroups(format.requests.rows).map((g) => ({
      total: cell(['requests', ...g.total, ...col.path]),
      addends: g.addends.map((a) => cell(['requests', ...a, ...col.path])),
    })),
  );
  const appealTotals = totalGroups(format.appeals.columns).map((g) => ({
    total: cell(['appeals', ...g.total]),
    addends: g.addends.map((a) => cell(['appeals', ...a])),
  }));
  const computedBy = new Map<number, TotalRelation>();
  for (const r of [...requestResultTotals, ...requestRowTotals, ...appealTotals]) {
    if (!computedBy.has(r.total.index)) computedBy.set(r.total.index, r);
  }
  const derivedOrder: Cell[] = [];
  const placed = new Set<number>();
  const visit = (cell: Cell): void => {
    if (placed.has(cell.index)) return;
    placed.add(cell.index);
    for (const addend of computedBy.get(cell.index)?.addends ?? []) visit(addend);
    if (cell.derived) derivedOrder.push(cell);
  };
  cells.filter((c) => c.derived).forEach(visit);
  return {
    cells,
    computedBy,
    derivedOrder,
    labels,
    byPath,
    requestRowTotals,
    requestResultTotals,
    appealTotals,
    requestRows: rows,
    requestColumns: columns,
  };
}

/** Cells nested by key path, in printed order: the shape of a submission. */
export interface CellTree {
  readonly children: Map<string, CellTree | Cell>;
}

export function isCell(node: CellTree | Cell): node is Cell {
  return 'type' in node;
}

export function cellTree(cells: readonly Cell[]): CellTree {
  const root: CellTree = { children: new Map() };
  for (const cell of cells) {
    let node = root;
    cell.path.forEach((segment, i) => {
      if (i === cell.path.length - 1) {
        node.children.set(segment, cell);
        return;
      }
      let next = node.children.get(segment);
      if (!next) {
        next = { children: new Map() };
        node.children.set(segment, next);
      }
      node = next as CellTree;
    });
  }
  return root;
}
