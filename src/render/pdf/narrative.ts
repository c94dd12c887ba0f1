// A narrative's Markdown as PDF blocks: paragraphs keep their bold stretches and links,
// list items their bullet or number, sub-headings stay headings, tables become ruled
// tables and local images images. Raw HTML is off, as in the HTML page.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { NarrativeImages } from '../../narrative/images.js';
import type { Grid, GridCell, GridRow } from '../layout.js';
import type { PdfBlock, Run } from './blocks.js';

const markdown = new MarkdownIt({ html: false });

/** An inline token's children as styled runs; images become blocks of their own. */
function inlineRuns(children: readonly Token[], images: NarrativeImages, onImage: (block: PdfBlock) => void): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let link: string | undefined;
  const push = (text: string): void => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && Boolean(last.bold) === bold > 0 && last.link === link) runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push({ text, ...(bold > 0 ? { bold: true } : {}), ...(link ? { link } : {}) });
  };
  for (const child of children) {
    switch (child.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'link_open':
        link = child.attrGet('href') ?? undefined;
        break;
      case 'link_close':
        link = undefined;
        break;
      case 'softbreak':
        break; // Chinese prose: a line break inside a paragraph is no space
      case 'hardbreak':
        push('\n');
        break;
      case 'image': {
        const alt = (child.children ?? []).map((c) => c.content).join('');
        const image = images.get(child.attrGet('src') ?? '');
        if (image && (image.mime === 'image/png' || image.mime === 'image/jpeg')) onImage({ kind: 'image', image, alt });
        else push(alt);
        break;
      }
      default:
        push(child.content);
    }
  }
  return runs;
}

const plain = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/** A Markdown table (from table_open to table_close) as a grid: header cells, then data cells. */
function tableGrid(tokens: readonly Token[], images: NarrativeImages): Grid {
  const rows: GridRow[] = [];
  let cells: GridCell[] = [];
  let head = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'thead_open') head = true;
    if (token.type === 'thead_close') head = false;
    if (token.type === 'tr_open') cells = [];
    if (token.type === 'tr_close') rows.push({ role: head ? 'head' : 'body', cells });
    if (token.type === 'th_open' || token.type === 'td_open') {
      const style = token.attrGet('style') ?? '';
      const align = /text-align:(left|center|right)/.exec(style)?.[1] as GridCell['align'];
      const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1] : undefined;
      const text = inline ? plain(inlineRuns(inline.children ?? [], images, () => {})) : '';
      cells.push({ text, kind: head ? 'head' : 'text', rowspan: 1, colspan: 1, align: align ?? (head ? 'center' : 'left') });
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  // Markdown lets a row have fewer cells than the header: fill them, so the grid stays rectangular.
  const filled = rows.map((r) => ({ ...r, cells: [...r.cells, ...Array.from({ length: width - r.cells.length }, (): GridCell => ({ text: '', kind: 'text', rowspan: 1, colspan: 1 }))] }));
  return { title: '', width, rows: filled, notes: [] };
}

export function narrativeBlocks(text: string, images: NarrativeImages): PdfBlock[] {
  const tokens = markdown.parse(text, {});
  const blocks: PdfBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let heading = false;
  let prefix: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1)!;
        prefix = list.ordered ? `${list.next++}. ` : '• ';
        break;
      }
      case 'table_open': {
        const end = tokens.findIndex((t, j) => j > i && t.type === 'table_close');
        const grid = tableGrid(tokens.slice(i, end + 1), images);
        blocks.push({ kind: 'table', grid, text: (cell) => cell.text });
        i = end;
        break;
      }
      case 'inline': {
        const pending: PdfBlock[] = [];
        const runs = inlineRuns(token.children ?? [], images, (block) => pending.push(block));
        if (heading) blocks.push({ kind: 'heading', text: plain(runs), level: 2 });
        else if (plain(runs).trim() !== '') blocks.push({ kind: 'paragraph', runs, ...(prefix ? { prefix } : {}) });
        blocks.push(...pending);
        prefix = undefined;
        break;
      }
    }
  }
  return blocks;
}
