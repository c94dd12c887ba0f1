// Draws a layout grid as a ruled, tagged table: merged cells, right-aligned figures, and
// when the table runs past the page, its header rows again at the top of the next page
// (a cell spanning the break is drawn on both pages, its label repeated). Columns are
// sized from their content: figures set the value columns (in a smaller size when nine-
// digit figures would squeeze the labels), labels get what is left but never less than
// a readable minimum. Every row is measured before anything is drawn, and a page is
// broken before a block of rows that would not fit.
import type PDFDocument from 'pdfkit';
import { expandGrid, type Grid, type GridCell } from '../layout.js';
import { bandsOf, clipGrid } from './bands.js';
import { sum } from './measure.js';
import type { PdfStructure, Tagging } from './tagging.js';
import { drawWrapped, wrapText, type LineAlign, type WrapCache, type WrappedText } from './wrap.js';

type Doc = InstanceType<typeof PDFDocument>;

const padding = { x: 3, y: 2.5 };
/** Figures are never set smaller than this, however long (they wrap instead). */
const smallestFigureSize = 6.5;

interface Placed {
  readonly cell: GridCell;
  readonly row: number;
  readonly column: number;
}

/** A placed cell as measured: what it prints, in which font and size, in which lines. */
interface SetCell extends Placed {
  readonly font: string;
  readonly size: number;
  readonly text: string;
  readonly wrapped: WrappedText;
}

/** Each cell once, with the row and column where it starts, row by row. */
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

export interface TableFonts {
  readonly body: string;
  readonly heading: string;
  /** Cell texts broken into lines by font, size, width and text, kept for the build (PdfFonts.wrapped): every report repeats the labels. */
  readonly wrapped?: WrapCache;
  /** Balanced lines of titles and headings by font, size, width and text, kept for the build (draw.ts). */
  readonly lines?: Map<string, readonly string[]>;
}

/** What a table prints in a cell: a figure for value cells, the label otherwise. */
export type CellText = (cell: GridCell) => string;

export interface TableLayout {
  readonly grid: Grid;
  readonly placed: readonly SetCell[];
  readonly widths: readonly number[];
  readonly heights: readonly number[];
  readonly headRows: number;
  readonly blocks: readonly [number, number][];
  /** The header rows and the first unbreakable block: what must fit below a heading. */
  readonly leadHeight: number;
  readonly size: number;
  readonly figureSize: number;
  readonly text: CellText;
  readonly sizing: Sizing;
}

interface Sizing {
  readonly widths: number[];
  readonly figureSize: number;
  /** Whether every figure fits its column on one line, at the smallest size if need be. */
  readonly figuresFit: boolean;
  /** Whether this many value columns, with the label columns, would fit the page. */
  readonly fits: (valueColumns: number) => boolean;
}

function columnWidths(doc: Doc, grid: Grid, placed: readonly Placed[], text: CellText, total: number, size: number): Sizing {
  doc.fontSize(size);
  const em = doc.widthOfString('国');
  const isValue = Array<boolean>(grid.width).fill(false);
  const figure = Array<number>(grid.width).fill(0);
  const want = Array<number>(grid.width).fill(0);
  const least = Array<number>(grid.width).fill(0);
  for (const { cell, column } of placed) {
    if (cell.kind === 'value') {
      for (let c = column; c < column + cell.colspan; c++) isValue[c] = true;
      if (cell.colspan === 1) figure[column] = Math.max(figure[column], doc.widthOfString(text(cell)));
      continue;
    }
    if (cell.colspan !== 1 || cell.kind === 'head' || cell.kind === 'section') continue;
    const natural = doc.widthOfString(cell.text) + 2 * padding.x;
    // A label over many rows may wrap down them; a one-row label should read in a line or two.
    const readable = cell.rowspan > 1 ? Math.max(2 * em, (natural / cell.rowspan) * 1.5) : Math.min(natural, 7 * em + 2 * padding.x);
    // A spanning label asks only for its readable width: the room is better spent on the one-row labels.
    want[column] = Math.max(want[column], cell.rowspan > 1 ? Math.min(readable, natural) : natural);
    least[column] = Math.max(least[column], Math.min(readable, natural));
  }
  // A value column is at least wide enough for a three-character header over two lines.
  const valueFloor = 2.2 * em + 2 * padding.x;
  const labelColumns = isValue.map((v, c) => (v ? -1 : c)).filter((c) => c >= 0);
  for (const c of labelColumns) least[c] = Math.max(least[c], 2 * em), (want[c] = Math.max(want[c], least[c]));
  const valueColumns = isValue.map((v, c) => (v ? c : -1)).filter((c) => c >= 0);
  if (valueColumns.length === 0) {
    const spare = Math.max(total - sum(want), 0);
    const widths = want.map((w) => w + spare / grid.width);
    return { widths: fitTo(widths, total), figureSize: size, figuresFit: true, fits: () => true };
  }
  // Figures first: at the table's size if the labels keep their minimum, else smaller.
  const labelLeast = sum(labelColumns.map((c) => least[c]));
  const figureRoom = total - labelLeast - valueColumns.length * 2 * padding.x;
  const widest = Math.max(...valueColumns.map((c) => figure[c]));
  const needed = valueColumns.length * widest;
  const figureSize = needed <= figureRoom ? size : Math.max(smallestFigureSize, (size * figureRoom) / needed);
  const scale = figureSize / size;
  // Every value column the same width: the widest figure's, so figures line up.
  const valueWidth = Math.max(valueFloor, widest * scale + 2 * padding.x);
  const labelFloor = 1.5 * em + 2 * padding.x;
  const fits = (columns: number): boolean => labelColumns.length * labelFloor + columns * valueWidth <= total + 0.01;
  const room = total - valueWidth * valueColumns.length;
  const widths = Array<number>(grid.width).fill(valueWidth);
  const labelWant = sum(labelColumns.map((c) => want[c]));
  if (labelWant <= room) {
    // Labels whole on one line; what is left widens the value columns.
    labelColumns.forEach((c) => (widths[c] = want[c]));
    const spare = (room - labelWant) / valueColumns.length;
    valueColumns.forEach((c) => (widths[c] = valueWidth + spare));
  } else if (room >= labelLeast) {
    // Labels between their minimum and their natural width, in proportion.
    const give = room - labelLeast;
    const stretch = labelWant - labelLeast;
    labelColumns.forEach((c) => (widths[c] = least[c] + (stretch > 0 ? (give * (want[c] - least[c])) / stretch : 0)));
  } else {
    // Figures at their smallest size still leave the labels less than their minimum:
    // the labels wrap more (down to 1.5 characters), the figures keep their width.
    const spare = Math.max(room - labelColumns.length * labelFloor, 0);
    const above = sum(labelColumns.map((c) => Math.max(least[c] - labelFloor, 0)));
    labelColumns.forEach((c) => (widths[c] = labelFloor + (above > 0 ? (spare * Math.max(least[c] - labelFloor, 0)) / above : spare / labelColumns.length)));
  }
  return { widths: fitTo(widths, total), figureSize, figuresFit: fits(valueColumns.length), fits };
}

/** Never wider than the text block: when even that does not fit, every column gives in proportion (figures wrap). */
function fitTo(widths: number[], total: number): number[] {
  const width = sum(widths);
  if (width <= total + 0.01) return widths;
  return widths.map((w) => (w * total) / width);
}

function cellFont(cell: GridCell, fonts: TableFonts): string {
  return cell.kind === 'section' ? fonts.heading : fonts.body;
}

/**
 * Each cell with its text broken into lines in its font, size and column width: measured
 * once, for the row heights (and so the page breaks) and for the drawing.
 */
function setCells(doc: Doc, placed: readonly Placed[], widths: readonly number[], layout: { text: CellText; fonts: TableFonts; size: number; figureSize: number }): SetCell[] {
  return placed.map(({ cell, row, column }) => {
    const font = cellFont(cell, layout.fonts);
    const size = cell.kind === 'value' ? layout.figureSize : layout.size;
    const text = layout.text(cell);
    const width = sum(widths.slice(column, column + cell.colspan)) - 2 * padding.x;
    // An empty cell is as high as a line.
    return { cell, row, column, font, size, text, wrapped: wrapText(doc, layout.fonts.wrapped, font, size, width, text || ' ') };
  });
}

function rowHeights(doc: Doc, grid: Grid, cells: readonly SetCell[], fonts: TableFonts, size: number): number[] {
  doc.font(fonts.body).fontSize(size);
  const line = doc.currentLineHeight(true);
  const heights = grid.rows.map(() => line + 2 * padding.y);
  const need = (c: SetCell): number => c.wrapped.height + 2 * padding.y;
  for (const c of cells) if (c.cell.rowspan === 1) heights[c.row] = Math.max(heights[c.row], need(c));
  for (const c of cells) {
    if (c.cell.rowspan === 1) continue;
    const spanned = sum(heights.slice(c.row, c.row + c.cell.rowspan));
    const missing = need(c) - spanned;
    if (missing > 0) heights[c.row + c.cell.rowspan - 1] += missing;
  }
  return heights;
}

/** A label spanning more rows than this may be split across pages (三、本年度办理结果). */
const longestUnbrokenSpan = 10;

/**
 * Body rows in unbreakable blocks: a part 二 group stays together, and so do the rows
 * under a short spanning label such as （三）不予公开 — unless the block is taller than a page.
 */
function blocksOf(grid: Grid, placed: readonly Placed[], heights: readonly number[], pageRoom: number): [number, number][] {
  const bodyStart = grid.rows.findIndex((r) => r.role !== 'head');
  if (bodyStart < 0) return [];
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
  return blocks.flatMap(([from, to]) =>
    sum(heights.slice(from, to)) <= pageRoom ? [[from, to] as [number, number]] : Array.from({ length: to - from }, (_, i) => [from + i, from + i + 1] as [number, number]),
  );
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

/** The grid's cells and column widths. */
function sizeTable(doc: Doc, grid: Grid, text: CellText, size: number): { placed: Placed[]; sizing: Sizing } {
  const placed = placements(expandGrid(grid));
  return { placed, sizing: columnWidths(doc, grid, placed, text, doc.page.width - doc.page.margins.left - doc.page.margins.right, size) };
}

function layTable(doc: Doc, grid: Grid, text: CellText, fonts: TableFonts, size: number, { placed, sizing }: { placed: Placed[]; sizing: Sizing }): TableLayout {
  const { widths, figureSize } = sizing;
  const cells = setCells(doc, placed, widths, { text, fonts, size, figureSize });
  const heights = rowHeights(doc, grid, cells, fonts, size);
  const headRows = Math.max(grid.rows.findIndex((r) => r.role !== 'head'), 0);
  const headHeight = sum(heights.slice(0, headRows));
  const pageRoom = doc.page.height - doc.page.margins.top - doc.page.margins.bottom - headHeight;
  const blocks = blocksOf(grid, placed, heights, pageRoom);
  const leadHeight = headHeight + (blocks.length > 0 ? sum(heights.slice(blocks[0][0], blocks[0][1])) : 0);
  return { grid, placed: cells, widths, heights, headRows, blocks, leadHeight, size, figureSize, text, sizing };
}

export function measureTable(doc: Doc, grid: Grid, text: CellText, fonts: TableFonts, size: number): TableLayout {
  doc.font(fonts.body).fontSize(size);
  return layTable(doc, grid, text, fonts, size, sizeTable(doc, grid, text, size));
}

/**
 * The table as one layout, or, when its figures would not fit on a line even at the
 * smallest size, as bands of columns printed one below the other (bands.ts). The whole
 * table's rows are measured only when it is printed whole.
 */
export function measureTables(doc: Doc, grid: Grid, figures: CellText, fonts: TableFonts, size: number): TableLayout[] {
  doc.font(fonts.body).fontSize(size);
  // Each cell's text looked up once: the column widths and the lines both need it.
  const known = new Map<GridCell, string>();
  const text: CellText = (cell) => {
    let found = known.get(cell);
    if (found === undefined) known.set(cell, (found = figures(cell)));
    return found;
  };
  const whole = sizeTable(doc, grid, text, size);
  if (whole.sizing.figuresFit) return [layTable(doc, grid, text, fonts, size, whole)];
  const first = grid.rows.find((r) => r.role === 'body');
  const labelColumns = first ? expandGrid(grid)[grid.rows.indexOf(first)].flatMap((cell, c) => (cell && cell.kind !== 'value' ? [c] : [])) : [];
  const bands = bandsOf(grid, labelColumns, whole.sizing.fits);
  return bands ? bands.map((columns) => measureTable(doc, clipGrid(grid, columns), text, fonts, size)) : [layTable(doc, grid, text, fonts, size, whole)];
}

/** Header cells (column and row headers) are TH; figures and the corner note are TD. */
const structType = (cell: GridCell): 'TH' | 'TD' => (cell.kind === 'value' || cell.kind === 'corner' || cell.kind === 'text' ? 'TD' : 'TH');

/** PDF table attributes: spans, and whether a header heads its column or its row. */
function tableAttributes(cell: GridCell): Record<string, unknown> {
  const scope = cell.kind === 'head' || cell.kind === 'section' ? 'Column' : cell.kind === 'stub' ? 'Row' : undefined;
  return { O: 'Table', ...(cell.rowspan > 1 ? { RowSpan: cell.rowspan } : {}), ...(cell.colspan > 1 ? { ColSpan: cell.colspan } : {}), ...(scope && structType(cell) === 'TH' ? { Scope: scope } : {}) };
}

export function drawTable(doc: Doc, layout: TableLayout, fonts: TableFonts, tagging: Tagging, parent: PdfStructure): void {
  const { placed, widths, heights, headRows, blocks, size } = layout;
  const left = doc.page.margins.left;
  const xs = widths.map((_, i) => left + sum(widths.slice(0, i)));
  const headHeight = sum(heights.slice(0, headRows));
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;
  const pageRoom = bottom() - doc.page.margins.top;
  if (doc.y + layout.leadHeight > bottom()) doc.addPage();
  const pages = paginate(blocks, heights, bottom() - doc.y, pageRoom, headHeight);

  const table = tagging.group(parent, 'Table');
  const rowStructs = new Map<number, PdfStructure>();
  const drawn = new Set<GridCell>();

  const drawCellText = (p: SetCell, x: number, top: number, w: number, h: number): void => {
    const content = p.text;
    if (!content) return;
    doc.font(p.font).fontSize(p.size);
    const natural = p.wrapped.height;
    const align: LineAlign = p.cell.align ?? (p.cell.kind === 'value' ? 'right' : p.cell.kind === 'head' || (p.cell.kind === 'stub' && p.cell.rowspan > 1) ? 'center' : 'left');
    const textWidth = w - 2 * padding.x;
    const textHeight = Math.min(natural, h - 2 * padding.y);
    const wrapped = natural > doc.currentLineHeight(true) * 1.5;
    const draw = (): void => drawWrapped(doc, content, p.wrapped, x + padding.x, top + (h - textHeight) / 2, { width: textWidth, height: h - padding.y, align });
    // A label wrapped over lines is still one word to text extraction and screen readers.
    if (wrapped) tagging.actualText(content, draw);
    else draw();
  };

  pages.forEach(([from, to], index) => {
    if (index > 0) doc.addPage();
    let y = doc.y;
    const drawRange = (start: number, end: number): void => {
      const top = (row: number): number => y + sum(heights.slice(start, row));
      tagging.artifact(() => {
        for (const p of placed) {
          const first = Math.max(p.row, start);
          const last = Math.min(p.row + p.cell.rowspan, end);
          if (first >= last) continue;
          doc.lineWidth(0.6).rect(xs[p.column], top(first), sum(widths.slice(p.column, p.column + p.cell.colspan)), sum(heights.slice(first, last))).stroke();
        }
      });
      for (const p of placed) {
        const first = Math.max(p.row, start);
        const last = Math.min(p.row + p.cell.rowspan, end);
        if (first >= last) continue;
        const x = xs[p.column];
        const w = sum(widths.slice(p.column, p.column + p.cell.colspan));
        const cellTop = top(first);
        const h = sum(heights.slice(first, last));
        if (drawn.has(p.cell)) {
          // Repeated header rows and labels continued from the last page: not content again.
          tagging.artifact(() => drawCellText(p, x, cellTop, w, h));
          continue;
        }
        drawn.add(p.cell);
        let row = rowStructs.get(p.row);
        if (!row) rowStructs.set(p.row, (row = tagging.group(table, 'TR')));
        tagging.leaf(row, structType(p.cell), () => drawCellText(p, x, cellTop, w, h), tableAttributes(p.cell));
      }
      y = top(end);
    };
    if (headRows > 0) drawRange(0, headRows);
    drawRange(from, to);
    doc.x = left;
    doc.y = y;
  });
  for (const row of rowStructs.values()) row.end();
  table.end();
  doc.font(fonts.body).fontSize(size);
}
