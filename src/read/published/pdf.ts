// A published report as a PDF with a text layer (Word/WPS "save as PDF", our own
// renderer): text items with positions and the ruled lines, rebuilt into tables; a table
// continued on the next page with its header repeated is joined back into one. A PDF
// without text (a scan) is one clear diagnostic: there is no OCR.
import { createDiagnostic } from '../../diagnostics/create.js';
import { loose } from './labels.js';
import { pageTables, type PageTable, type TextItem } from './pdf-tables.js';
import { rulingOf } from './pdf-ruling.js';
import type { DocumentTable, PublishedDocument } from './document.js';
import { displayWidth } from '../../diagnostics/reporters/width.js';
import { lentImport } from '../../shipped-files.js';

const titlePattern = /(19|20)\d{2}\s*年度?[^。\n]{0,40}?政府信息公开[^。\n]{0,8}?年度?报告/u;

/** Lines of the text outside tables, top down. */
function proseLines(items: readonly TextItem[]): string[] {
  const sorted = [...items].sort((a, b) => (Math.abs(a.y - b.y) > 2 ? b.y - a.y : a.x - b.x));
  const lines: string[] = [];
  let lastY: number | undefined;
  for (const item of sorted) {
    if (lastY === undefined || Math.abs(item.y - lastY) > 2) lines.push(item.text);
    else lines[lines.length - 1] += item.text;
    lastY = item.y;
  }
  return lines;
}

/**
 * A page's lines with the wraps of each paragraph undone: a line as wide as the page's
 * widest (Chinese counting two cells, as it is printed) that stops inside a Chinese sentence goes on with the next line, so a phrase the
 * page broke in two (不掌握相 / 关信息) reads whole for the prose checks.
 */
function unwrapLines(lines: readonly string[]): string[] {
  const length = (line: string): number => displayWidth(line.trim());
  const longest = Math.max(0, ...lines.map(length));
  const out: string[] = [];
  for (const line of lines) {
    const before = out.at(-1);
    const wrapped = before !== undefined && length(before) >= longest * 0.85 && /[\p{Script=Han}\d，、（“]$/u.test(before.trimEnd()) && /^[\p{Script=Han}\d，、。；：）”]/u.test(line.trimStart());
    if (wrapped) out[out.length - 1] = before.trimEnd() + line.trimStart();
    else out.push(line);
  }
  return out;
}

const rowText = (row: DocumentTable['rows'][number]): string => row.map((s) => loose(s.text)).join('|');

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2;

/** Whether every column boundary of one table is one of the other's (a page may lack the stub's inner lines). */
function sameFrame(a: readonly number[], b: readonly number[]): boolean {
  const [coarse, fine] = a.length <= b.length ? [a, b] : [b, a];
  return near(a[0], b[0]) && near(a.at(-1)!, b.at(-1)!) && coarse.every((x) => fine.some((y) => near(x, y)));
}

/** A table's rows re-cut on finer column boundaries: a slot wider than one new column fills each. */
function recut(rows: DocumentTable['rows'], xs: readonly number[], finer: readonly number[]): DocumentTable['rows'] {
  const map = finer.slice(0, -1).map((x, j) => {
    const mid = (x + finer[j + 1]) / 2;
    return Math.max(0, xs.findIndex((left, i) => i < xs.length - 1 && mid >= left && mid < xs[i + 1]));
  });
  return rows.map((row) => map.map((c, j) => ({ ...row[c], left: row[c].left && (j === 0 || map[j - 1] !== c) })));
}

/** Appends `next` to `previous` when it continues it, its repeated header rows dropped. */
function joinContinued(previous: { table: DocumentTable; xs: readonly number[] }, next: { table: DocumentTable; xs: readonly number[] }): { table: DocumentTable; xs: readonly number[] } {
  const xs = previous.xs.length >= next.xs.length ? previous.xs : next.xs;
  const before = recut(previous.table.rows, previous.xs, xs);
  const after = recut(next.table.rows, next.xs, xs);
  let skip = 0;
  while (skip < after.length && skip < before.length && rowText(after[skip]) === rowText(before[skip])) skip++;
  return { table: { rows: [...before, ...after.slice(skip)] }, xs };
}

/** Page numbers and running heads do not end a table. */
const furniture = (item: TextItem): boolean => /^[-—\s\d第页共/]+$/u.test(item.text);

export async function readPdf(bytes: Uint8Array): Promise<PublishedDocument> {
  // Loaded on first use: pdf.js needs DOM globals at load time, and only `report import` of a PDF reads one.
  type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument, OPS } = await (lentImport<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs') ?? import('pdfjs-dist/legacy/build/pdf.mjs'));
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const tables: { table: DocumentTable; xs: readonly number[] }[] = [];
    let last: { table: PageTable; page: number; index: number; last: boolean } | undefined;
    const prose: string[] = [];
    let characters = 0;
    let offset = 0;
    for (let p = 1; p <= document.numPages; p++) {
      const page = await document.getPage(p);
      const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      const height = page.view[3] - page.view[1];
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        characters += item.str.length;
        const [, , , , e, f] = item.transform as number[];
        const size = Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height;
        items.push({ text: item.str, x: e + item.width / 2, y: f + size * 0.35 });
      }
      const found = pageTables(rulingOf(operators, OPS), items, p, height);
      const inside = (item: TextItem): boolean => found.some((t) => item.y <= t.top && item.y >= t.bottom && item.x >= t.xs[0] && item.x <= t.xs.at(-1)!);
      const outside = items.filter((i) => !inside(i));
      prose.push(...unwrapLines(proseLines(outside.filter((i) => !furniture(i)))));
      found.forEach((t, k) => {
        // Offsets keep cell ids unique when tables are joined across pages.
        const shifted: DocumentTable = { rows: t.table.rows.map((row) => row.map((s) => ({ ...s, cell: s.cell + offset }))) };
        offset += t.table.rows.length * (t.table.rows[0]?.length ?? 0) + 1;
        const textAbove = outside.some((i) => i.y > t.top && !furniture(i));
        const continues = last !== undefined && last.last && last.page === p - 1 && k === 0 && !textAbove && sameFrame(tables[last.index].xs, t.xs);
        if (continues) tables[last!.index] = joinContinued(tables[last!.index], { table: shifted, xs: t.xs });
        else tables.push({ table: shifted, xs: t.xs });
        const textBelow = outside.some((i) => i.y < t.bottom && !furniture(i));
        last = { table: t, page: p, index: continues ? last!.index : tables.length - 1, last: k === found.length - 1 && !textBelow };
      });
      page.cleanup();
    }
    if (characters === 0) {
      const problem = createDiagnostic('import/no-text-layer', {
        file: '',
        line: 0,
        column: 0,
        place: { kind: 'page', page: 1, x: 0, y: 0 },
        ...(document.numPages === 1 ? {} : { messageId: 'pages' }),
        data: { pages: document.numPages },
      });
      return { text: '', tables: [], problems: [problem] };
    }
    return { title: prose.find((l) => titlePattern.test(l)), text: prose.join('\n'), tables: tables.map((t) => t.table), problems: [] };
  } finally {
    await document.destroy();
  }
}
