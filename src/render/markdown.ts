// report.md: GitHub-flavoured Markdown. Merged header cells are flattened into
// "组 / 行" labels; part 二 becomes one table per 第二十条 group.
import { escapeMarkdownText } from '../narrative/markdown-text.js';
import type { ReportDocument } from './document.js';
import { expandGrid, type Grid, type GridCell, type GridRow } from './layout.js';

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Distinct cells in order, a merged cell counted once. */
const distinct = (cells: readonly (GridCell | undefined)[]): GridCell[] =>
  cells.filter((c, i): c is GridCell => c !== undefined && cells.indexOf(c) === i);

const valueText = (cell: GridCell, figure: ReportDocument['figure']): string => (cell.kind === 'text' ? cell.text : figure(cell.path!));

function table(grid: Grid, rows: readonly GridRow[], figure: ReportDocument['figure']): string {
  const sub: Grid = { ...grid, rows };
  const matrix = expandGrid(sub);
  const head = rows.map((r, i) => (r.role === 'head' ? i : -1)).filter((i) => i >= 0);
  const body = rows.map((r, i) => (r.role === 'body' ? i : -1)).filter((i) => i >= 0);
  // Columns of the Markdown table: all stub columns as one, then each distinct value cell.
  const first = matrix[body[0]];
  const stubColumns = first.map((c, i) => (c?.kind === 'stub' ? i : -1)).filter((i) => i >= 0);
  const valueColumns = first.map((c, i) => ((c?.kind === 'value' || c?.kind === 'text') && first.indexOf(c) === i ? i : -1)).filter((i) => i >= 0);
  // A header over every value column (申请人情况) titles the whole table, not a column.
  const spansAll = (cell: GridCell): boolean => cell.kind === 'head' && valueColumns.length > 1 && valueColumns.every((c) => head.some((h) => matrix[h][c] === cell));
  const label = (r: number[], c: number[]): string =>
    distinct(r.flatMap((ri) => c.map((ci) => matrix[ri][ci])))
      .filter((cell) => !spansAll(cell))
      .map((cell) => cell.text)
      .join(' / ');
  const header = [...(stubColumns.length > 0 ? [label(head, stubColumns)] : []), ...valueColumns.map((c) => label(head, [c]))];
  const align = [...(stubColumns.length > 0 ? [':---'] : []), ...valueColumns.map((c) => (matrix[body[0]][c]?.kind === 'text' ? ':---' : '---:'))];
  const lines = [header, align, ...body.map((r) => [...(stubColumns.length > 0 ? [label([r], stubColumns)] : []), ...valueColumns.map((c) => valueText(matrix[r][c]!, figure))])];
  return lines.map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`).join('\n');
}

function gridMarkdown(grid: Grid, figure: ReportDocument['figure']): string {
  const blocks: string[] = [];
  let pending: GridRow[] = [];
  let caption: string | undefined;
  const flush = (): void => {
    if (pending.length === 0) return;
    blocks.push([caption ? `**${caption}**\n` : '', table(grid, pending, figure)].join('\n').trim());
    pending = [];
  };
  for (const row of grid.rows) {
    if (row.role === 'section') {
      flush();
      caption = row.cells[0].text;
    } else pending.push(row);
  }
  flush();
  return [...blocks, ...grid.notes].join('\n\n');
}

export function renderMarkdown(document: ReportDocument): string {
  const parts = [`# ${escapeMarkdownText(document.title)}`, document.preface];
  for (const section of document.sections) {
    parts.push(`## ${section.heading}`);
    if (section.text) parts.push(section.text.trim());
    if (section.grid) parts.push(gridMarkdown(section.grid, document.figure));
  }
  parts.push(`${escapeMarkdownText(document.signature.by)}  \n${escapeMarkdownText(document.signature.date)}`);
  return parts.join('\n\n') + '\n';
}
