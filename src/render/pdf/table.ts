// Draws a layout grid as a ruled table: merged cells, right-aligned figures, and when
// the table runs past the page, its header rows again at the top of the next page (a
// cell spanning the break is drawn on both pages, its label repeated).
import type PDFDocument from 'pdfkit';
import type { ReportDocument } from '../document.js';
import { expandGrid, type Grid, type GridCell } from '../layout.js';

type Doc = InstanceType<typeof PDFDocument>;

const padding = { x: 3, y: 2.5 };

const sum = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0);

interface Placed {
  readonly cell: GridCell;
  readonly row: number;
  readonly column: number;
}

/** Each cell once, with the row and column where it starts. */
function placements(matrix: (GridCell | undefined)[][]): Placed[] {
  const seen = new Set<GridCell>();
  const out: Placed[] = [];
  matrix.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (cell && !seen.has(cell)) {
        seen.add(cell);
        out.push({ cell, row, column });
      }
    }),
  );
  return out;
}

function textOf(cell: GridCell, figure: ReportDocument['figure']): string {
  return cell.kind === 'value' ? figure(cell.path!) : cell.text;
}

function columnWidths(doc: Doc, grid: Grid, placed: readonly Placed[], figure: ReportDocument['figure'], total: number): number[] {
  const em = doc.widthOfString('国');
  const desired = Array<number>(grid.width).fill(0);
  const isValue = Array<boolean>(grid.width).fill(false);
  for (const { cell, column } of placed) {
    if (cell.kind === 'value') {
      for (let c = column; c < column + cell.colspan; c++) isValue[c] = true;
      if (cell.colspan === 1) desired[column] = Math.max(desired[column], doc.widthOfString(textOf(cell, figure)) + 2 * padding.x);
      continue;
    }
    if (cell.colspan !== 1 || cell.kind === 'head') continue;
    const natural = doc.widthOfString(cell.text) + 2 * padding.x;
    // A label over many rows may wrap down them; give it room for a few lines only.
    const width = cell.rowspan > 1 ? Math.max(2 * em, (natural / cell.rowspan) * 1.5) : natural;
    desired[column] = Math.max(desired[column], Math.min(width, natural));
  }
  const valueColumns = isValue.filter(Boolean).length;
  const valueWidth = Math.max(2.6 * em, ...desired.filter((_, c) => isValue[c]));
  const flexible = desired.map((d, c) => (isValue[c] ? 0 : Math.max(d, 2 * em)));
  const room = Math.max(total - valueWidth * valueColumns, 0);
  const want = sum(flexible);
  if (want === 0) return isValue.map(() => total / grid.width);
  if (want <= room) {
    // Spare width goes to the value columns, so figures breathe.
    const spare = valueColumns > 0 ? (room - want) / valueColumns : 0;
    return flexible.map((f, c) => (isValue[c] ? valueWidth + spare : f + (valueColumns > 0 ? 0 : (room - want) * (f / want))));
  }
  // Too wide: the narrow label columns keep their width, the widest one wraps.
  const widest = flexible.indexOf(Math.max(...flexible));
  const others = want - flexible[widest];
  return flexible.map((f, c) => (isValue[c] ? valueWidth : c === widest ? Math.max(room - others, 3 * em) : f));
}

function rowHeights(doc: Doc, grid: Grid, placed: readonly Placed[], widths: readonly number[], figure: ReportDocument['figure']): number[] {
  const line = doc.currentLineHeight(true);
  const heights = grid.rows.map(() => line + 2 * padding.y);
  const need = (p: Placed): number => {
    const width = sum(widths.slice(p.column, p.column + p.cell.colspan)) - 2 * padding.x;
    return doc.heightOfString(textOf(p.cell, figure) || ' ', { width }) + 2 * padding.y;
  };
  for (const p of placed) if (p.cell.rowspan === 1) heights[p.row] = Math.max(heights[p.row], need(p));
  for (const p of placed) {
    if (p.cell.rowspan === 1) continue;
    const spanned = sum(heights.slice(p.row, p.row + p.cell.rowspan));
    const missing = need(p) - spanned;
    if (missing > 0) heights[p.row + p.cell.rowspan - 1] += missing;
  }
  return heights;
}

/** A label spanning more rows than this may be split across pages (三、本年度办理结果). */
const longestUnbrokenSpan = 10;

/**
 * Body rows in unbreakable blocks: a part 二 group stays together, and so do the rows
 * under a short spanning label such as （三）不予公开.
 */
function blocksOf(grid: Grid, placed: readonly Placed[]): [number, number][] {
  const bodyStart = grid.rows.findIndex((r) => r.role !== 'head');
  const joined = Array<boolean>(grid.rows.length).fill(false);
  for (let r = bodyStart + 1; r < grid.rows.length; r++) {
    joined[r] = grid.rows[bodyStart].role === 'section' && grid.rows[r].role !== 'section';
  }
  for (const { cell, row } of placed) {
    if (row < bodyStart || cell.rowspan === 1 || cell.rowspan > longestUnbrokenSpan) continue;
    for (let r = row + 1; r < row + cell.rowspan; r++) joined[r] = true;
  }
  const blocks: [number, number][] = [];
  for (let r = bodyStart; r < grid.rows.length; r++) {
    if (joined[r] && blocks.length > 0) blocks.at(-1)![1] = r + 1;
    else blocks.push([r, r + 1]);
  }
  return blocks;
}

/** Pages of body rows, each a [first, end) range; the first page has `firstRoom` to fill. */
function paginate(blocks: readonly [number, number][], heights: readonly number[], firstRoom: number, pageRoom: number, headHeight: number): [number, number][] {
  const pages: [number, number][] = [];
  let room = firstRoom - headHeight;
  for (const [from, to] of blocks) {
    const h = sum(heights.slice(from, to));
    if (pages.length === 0 || h > room) {
      if (pages.length > 0) room = pageRoom - headHeight;
      pages.push([from, to]);
    } else pages.at(-1)![1] = to;
    room -= h;
  }
  return pages;
}

export interface TableFonts {
  readonly body: string;
  readonly heading: string;
}

export interface TableLayout {
  readonly grid: Grid;
  readonly placed: readonly Placed[];
  readonly widths: readonly number[];
  readonly heights: readonly number[];
  readonly headRows: number;
  readonly blocks: readonly [number, number][];
  /** The header rows and the first unbreakable block: what must fit below a heading. */
  readonly leadHeight: number;
}

export function measureTable(doc: Doc, grid: Grid, figure: ReportDocument['figure'], fonts: TableFonts, size: number): TableLayout {
  doc.font(fonts.body).fontSize(size);
  const placed = placements(expandGrid(grid));
  const widths = columnWidths(doc, grid, placed, figure, doc.page.width - doc.page.margins.left - doc.page.margins.right);
  const heights = rowHeights(doc, grid, placed, widths, figure);
  const headRows = grid.rows.findIndex((r) => r.role !== 'head');
  const blocks = blocksOf(grid, placed);
  const leadHeight = sum(heights.slice(0, headRows)) + (blocks.length > 0 ? sum(heights.slice(blocks[0][0], blocks[0][1])) : 0);
  return { grid, placed, widths, heights, headRows, blocks, leadHeight };
}

export function drawTable(doc: Doc, layout: TableLayout, figure: ReportDocument['figure'], fonts: TableFonts, size: number): void {
  const { placed, widths, heights, headRows, blocks } = layout;
  doc.font(fonts.body).fontSize(size);
  const left = doc.page.margins.left;
  const xs = widths.map((_, i) => left + sum(widths.slice(0, i)));
  const headHeight = sum(heights.slice(0, headRows));
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;
  const pageRoom = bottom() - doc.page.margins.top;
  if (doc.y + layout.leadHeight > bottom()) doc.addPage();
  const pages = paginate(blocks, heights, bottom() - doc.y, pageRoom, headHeight);

  pages.forEach(([from, to], index) => {
    if (index > 0) doc.addPage();
    let y = doc.y;
    const drawRange = (start: number, end: number): void => {
      const top = (row: number): number => y + sum(heights.slice(start, row));
      for (const p of placed) {
        const first = Math.max(p.row, start);
        const last = Math.min(p.row + p.cell.rowspan, end);
        if (first >= last) continue;
        const x = xs[p.column];
        const w = sum(widths.slice(p.column, p.column + p.cell.colspan));
        const cellTop = top(first);
        const h = sum(heights.slice(first, last));
        doc.lineWidth(0.6).rect(x, cellTop, w, h).stroke();
        const text = textOf(p.cell, figure);
        if (!text) continue;
        const bold = p.cell.kind === 'section';
        doc.font(bold ? fonts.heading : fonts.body).fontSize(size);
        const align = p.cell.kind === 'value' ? 'right' : p.cell.kind === 'head' || (p.cell.kind === 'stub' && p.cell.rowspan > 1) ? 'center' : 'left';
        const textWidth = w - 2 * padding.x;
        const textHeight = Math.min(doc.heightOfString(text, { width: textWidth }), h - 2 * padding.y);
        doc.text(text, x + padding.x, cellTop + (h - textHeight) / 2, { width: textWidth, height: h - padding.y, align, lineBreak: true });
      }
      y = top(end);
    };
    if (headRows > 0) drawRange(0, headRows);
    drawRange(from, to);
    doc.x = left;
    doc.y = y;
  });
  doc.font(fonts.body).fontSize(size);
}
