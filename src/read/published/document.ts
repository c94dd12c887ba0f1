// What every reader of a published report (HTML page, Word file, PDF) gives: the
// document's title and prose, and its tables as grids with spans expanded, each slot
// knowing where in the source it was read.
import type { Diagnostic, Place } from '../../diagnostics/diagnostic.js';

/** One slot of a table grid. A merged cell fills several slots that share its `cell` id. */
export interface TableSlot {
  /** The cell's text, whitespace as printed (a blank cell is ''). */
  readonly text: string;
  /** Where the cell was read: table/row/column (HTML, DOCX) or page/x/y (PDF). */
  readonly place: Place;
  /** The same number for every slot of one merged cell, unique within the table. */
  readonly cell: number;
  /** True only in the cell's first row (a vertically merged cell repeats below). */
  readonly top: boolean;
  /** True only in the cell's first column. */
  readonly left: boolean;
}

export interface DocumentTable {
  /** Rows of equal width; a row shorter than the widest is padded with blank slots. */
  readonly rows: readonly (readonly TableSlot[])[];
}

export interface PublishedDocument {
  /** The title as the document states it (page title, first heading or first line). */
  readonly title?: string;
  /** The prose outside the tables, one paragraph a line. */
  readonly text: string;
  readonly tables: readonly DocumentTable[];
  /** What kept the reader from reading the document (a PDF without a text layer). */
  readonly problems: readonly Diagnostic[];
}

/** Rows of cells with spans, as HTML and DOCX state them → an expanded grid of slots. */
export interface SpannedCell {
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
}

export function expandSpans(table: number, rows: readonly (readonly SpannedCell[])[], placeOf?: (row: number, column: number) => Place): DocumentTable {
  const grid: (TableSlot | undefined)[][] = rows.map(() => []);
  let id = 0;
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c]) c++;
      const cellId = id++;
      const place = placeOf?.(r, c) ?? { kind: 'table' as const, table, row: r + 1, column: c + 1 };
      const rowspan = Math.max(1, Math.min(cell.rowspan, rows.length - r));
      const colspan = Math.max(1, cell.colspan);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr][c + dc] = { text: cell.text, place, cell: cellId, top: dr === 0, left: dc === 0 };
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return {
    rows: grid.map((row, r) =>
      Array.from({ length: width }, (_, c) => row[c] ?? { text: '', place: { kind: 'table' as const, table, row: r + 1, column: c + 1 }, cell: id++, top: true, left: true }),
    ),
  };
}
