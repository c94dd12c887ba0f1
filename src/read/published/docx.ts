// A published report as a Word file (.docx, from Word or WPS): the tables of
// word/document.xml with gridSpan and vMerge expanded, the text of runs joined however
// formatting split them, and the paragraphs outside the tables as prose.
import type { Element, AnyNode } from 'domhandler';
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { DocumentTable, PublishedDocument, TableSlot } from './document.js';

const isElement = (node: AnyNode): node is Element => node.type === 'tag';

const children = (node: Element, name: string): Element[] => node.children.filter(isElement).filter((c) => c.name === name);

const child = (node: Element | undefined, name: string): Element | undefined => node && children(node, name)[0];

/** The text of a paragraph or cell: w:t joined across runs; tabs and breaks as spaces and lines. */
function textOf(node: AnyNode): string {
  if (!isElement(node)) return '';
  switch (node.name) {
    case 'w:t':
      return node.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('');
    case 'w:tab':
      return ' ';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:p':
      return `${node.children.map(textOf).join('')}\n`;
    case 'w:tbl':
      return '';
    default:
      return node.children.map(textOf).join('');
  }
}

const numberAttribute = (node: Element | undefined, fallback: number): number => {
  const n = Number.parseInt(node?.attribs['w:val'] ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : fallback;
};

function readTable(table: Element, index: number): DocumentTable {
  const grid: TableSlot[][] = [];
  let id = 0;
  children(table, 'w:tr').forEach((tr, r) => {
    const row: TableSlot[] = [];
    let c = numberAttribute(child(child(tr, 'w:trPr'), 'w:gridBefore'), 0);
    for (let k = 0; k < c; k++) row.push({ text: '', place: { kind: 'table', table: index, row: r + 1, column: k + 1 }, cell: id++, top: true, left: true });
    for (const tc of children(tr, 'w:tc')) {
      const properties = child(tc, 'w:tcPr');
      const span = numberAttribute(child(properties, 'w:gridSpan'), 1);
      const vMerge = child(properties, 'w:vMerge');
      const continues = vMerge !== undefined && vMerge.attribs['w:val'] !== 'restart';
      const above = continues ? grid[r - 1]?.[c] : undefined;
      const cell = above ? above.cell : id++;
      const text = above ? above.text : textOf(tc).trim();
      const place = above ? above.place : { kind: 'table' as const, table: index, row: r + 1, column: c + 1 };
      for (let k = 0; k < span; k++) row.push({ text, place, cell, top: above === undefined, left: k === 0 });
      c += span;
    }
    grid.push(row);
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return {
    rows: grid.map((row, r) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', place: { kind: 'table' as const, table: index, row: r + 1, column: c + 1 }, cell: id++, top: true, left: true })),
  };
}

const titlePattern = /(19|20)\d{2}\s*年度?[^。\n]{0,40}?政府信息公开[^。\n]{0,8}?年度?报告/u;

/** A zip that is not a Word document, or one without a body: import/not-a-report, located at the file. */
function unreadable(messageId: 'not-word' | 'no-body'): PublishedDocument {
  return { text: '', tables: [], problems: [createDiagnostic('import/not-a-report', { file: '', line: 0, column: 0, messageId, data: {} })] };
}

export function readDocx(bytes: Uint8Array): PublishedDocument {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) return unreadable('not-word');
  const document = parseDocument(new TextDecoder('utf-8').decode(xml), { xmlMode: true });
  const root = document.children.filter(isElement).find((e) => e.name === 'w:document');
  const body = child(root, 'w:body');
  if (!body) return unreadable('no-body');
  const tables: DocumentTable[] = [];
  const lines: string[] = [];
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === 'w:tbl') tables.push(readTable(node, tables.length + 1));
      else if (node.name === 'w:p') lines.push(...textOf(node).split('\n').map((l) => l.trim()).filter((l) => l !== ''));
      else if (node.name === 'w:sdt' || node.name === 'w:sdtContent' || node.name === 'w:customXml') walk(node.children);
    }
  };
  walk(body.children);
  return { title: lines.find((l) => l.length <= 80 && titlePattern.test(l)), text: lines.join('\n'), tables, problems: [] };
}
