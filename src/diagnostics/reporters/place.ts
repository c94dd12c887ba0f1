// How a reporter writes where a problem is: `file:line:column` in a text file,
// `file:三!D7` in a workbook, `file:table 2 row 5 column 3` in a document, `file:page 3 (x 72, y 540)` on a PDF page.
import type { Place } from '../diagnostic.js';
import type { Lang } from '../lang.js';

/** A sheet name as a formula would write it: quoted when it holds anything but letters, digits, _ and CJK. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function describePlace(place: Place, lang: Lang): string {
  if (lang === 'zh-CN') {
    switch (place.kind) {
      case 'cell':
        return `${sheetRef(place.sheet)}!${place.cell}`;
      case 'table':
        return `表${place.table}第${place.row}行第${place.column}列`;
      case 'page':
        return `第${place.page}页（x ${place.x}，y ${place.y}）`;
    }
  }
  switch (place.kind) {
    case 'cell':
      return `${sheetRef(place.sheet)}!${place.cell}`;
    case 'table':
      return `table ${place.table} row ${place.row} column ${place.column}`;
    case 'page':
      return `page ${place.page} (x ${place.x}, y ${place.y})`;
  }
}

/** `file:line:column`, `file:三!D7`, or the file alone when nothing more is known. */
export function locationOf(file: string, at: { readonly line: number; readonly column: number; readonly place?: Place }, lang: Lang): string {
  if (at.place) return `${file}:${describePlace(at.place, lang)}`;
  return at.line > 0 ? `${file}:${at.line}:${at.column}` : file;
}

/** The place as flat JSON fields: `sheet`/`cell`, `table`/`row`/`tableColumn`, `page`/`x`/`y`. */
export function placeFields(place: Place | undefined): Record<string, string | number> {
  if (!place) return {};
  switch (place.kind) {
    case 'cell':
      return { sheet: place.sheet, cell: place.cell };
    case 'table':
      return { table: place.table, row: place.row, tableColumn: place.column };
    case 'page':
      return { page: place.page, x: place.x, y: place.y };
  }
}
