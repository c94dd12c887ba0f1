// Tables of one PDF page rebuilt from its ruling: the distinct line positions give the
// slots, a missing line between two slots merges them (rowspan/colspan), and each text
// item falls into the slot holding its centre.
import type { Place } from '../../diagnostics/diagnostic.js';
import type { DocumentTable, TableSlot } from './document.js';
import type { Ruling, Segment } from './pdf-ruling.js';

export interface TextItem {
  readonly text: string;
  /** Centre of the item in page space (y up). */
  readonly x: number;
  readonly y: number;
}

export interface PageTable {
  readonly table: DocumentTable;
  /** Column boundaries and the top and bottom, to tell a table continued on the next page. */
  readonly xs: readonly number[];
  readonly top: number;
  readonly bottom: number;
}

const tolerance = 1.5;

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > tolerance) out.push(v);
  return out;
}

const covers = (segments: readonly Segment[], at: number, point: number): boolean =>
  segments.some((s) => Math.abs(s.at - at) <= tolerance && s.from - tolerance <= point && point <= s.to + tolerance);

/** Groups of segments that touch each other: one group a table. */
function components(ruling: Ruling): Ruling[] {
  const all = [...ruling.horizontal.map((s) => ({ s, h: true })), ...ruling.vertical.map((s) => ({ s, h: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touches = (a: { s: Segment; h: boolean }, b: { s: Segment; h: boolean }): boolean => {
    if (a.h === b.h) return Math.abs(a.s.at - b.s.at) <= tolerance && a.s.from <= b.s.to + tolerance && b.s.from <= a.s.to + tolerance;
    const [h, v] = a.h ? [a.s, b.s] : [b.s, a.s];
    return h.from - tolerance <= v.at && v.at <= h.to + tolerance && v.from - tolerance <= h.at && h.at <= v.to + tolerance;
  };
  // Sort by position so the pairwise pass stays small for ordinary pages.
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (find(i) !== find(j) && touches(all[i], all[j])) parent[find(i)] = find(j);
  const groups = new Map<number, Ruling>();
  all.forEach((item, i) => {
    const g = groups.get(find(i)) ?? { horizontal: [], vertical: [] };
    (item.h ? g.horizontal : g.vertical).push(item.s);
    groups.set(find(i), g);
  });
  return [...groups.values()];
}

export function pageTables(ruling: Ruling, items: readonly TextItem[], page: number, pageHeight: number): PageTable[] {
  const out: PageTable[] = [];
  const groups = components(ruling)
    .map((g) => ({ g, xs: cluster(g.vertical.map((s) => s.at)), ys: cluster(g.horizontal.map((s) => s.at)).reverse() }))
    .filter(({ xs, ys }) => xs.length >= 2 && ys.length >= 2)
    .sort((a, b) => b.ys[0] - a.ys[0]);
  for (const { g, xs, ys } of groups) {
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    const index = (r: number, c: number): number => r * cols + c;
    const parent = Array.from({ length: rows * cols }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let r = 0; r < rows; r++) {
      const ymid = (ys[r] + ys[r + 1]) / 2;
      for (let c = 0; c < cols; c++) {
        const xmid = (xs[c] + xs[c + 1]) / 2;
        if (c + 1 < cols && !covers(g.vertical, xs[c + 1], ymid)) parent[find(index(r, c + 1))] = find(index(r, c));
        if (r + 1 < rows && !covers(g.horizontal, ys[r + 1], xmid)) parent[find(index(r + 1, c))] = find(index(r, c));
      }
    }
    const texts = new Map<number, { text: string; x: number; y: number }[]>();
    for (const item of items) {
      const c = xs.findIndex((x, i) => i < cols && item.x >= x && item.x < xs[i + 1]);
      const r = ys.findIndex((y, i) => i < rows && item.y <= y && item.y > ys[i + 1]);
      if (c < 0 || r < 0) continue;
      const root = find(index(r, c));
      texts.set(root, [...(texts.get(root) ?? []), item]);
    }
    const firstSlot = new Map<number, { r: number; c: number }>();
    const table: TableSlot[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: TableSlot[] = [];
      for (let c = 0; c < cols; c++) {
        const root = find(index(r, c));
        const first = firstSlot.get(root) ?? { r, c };
        firstSlot.set(root, first);
        const place: Place = { kind: 'page', page, x: Math.round(xs[first.c] * 10) / 10, y: Math.round((pageHeight - ys[first.r]) * 10) / 10 };
        row.push({ text: cellText(texts.get(root) ?? []), place, cell: root, top: first.r === r, left: first.c === c });
      }
      table.push(row);
    }
    out.push({ table: { rows: table }, xs, top: ys[0], bottom: ys.at(-1)! });
  }
  return out;
}

/** Items in reading order: lines top down, left to right within a line. */
function cellText(items: readonly TextItem[]): string {
  const sorted = [...items].sort((a, b) => (Math.abs(a.y - b.y) > 2 ? b.y - a.y : a.x - b.x));
  let out = '';
  let lastY: number | undefined;
  for (const item of sorted) {
    if (lastY !== undefined && Math.abs(item.y - lastY) > 2) out += '\n';
    out += item.text;
    lastY = item.y;
  }
  return out;
}
