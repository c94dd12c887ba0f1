// Page geometry and type sizes after GB/T 9704 (党政机关公文格式): A4, 37/35 mm
// top/bottom and 28/26 mm left/right margins, 22 pt title, 16 pt body (三号), page
// numbers in 14 pt (四号) "— n —", on the right of odd pages and the left of even ones.
const mm = 72 / 25.4;

export const page = {
  size: 'A4' as const,
  margins: { top: 37 * mm, bottom: 35 * mm, left: 28 * mm, right: 26 * mm },
  /** How far below the text block the page number sits. */
  numberGap: 7 * mm,
};

export const type = {
  title: 22,
  body: 16,
  /** About 28 pt from line to line: GB/T 9704's 22 lines to a page. */
  bodyLineGap: 12,
  table: 10.5,
  tableNote: 10.5,
  pageNumber: 14,
};
