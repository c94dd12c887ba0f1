// A published report saved as a web page (UTF-8 or GBK, with its site around it) → its
// tables as grids of cells with rowspan and colspan expanded, its title and its prose.
import type { AnyNode, Element } from 'domhandler';
import { getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { expandSpans, type DocumentTable, type PublishedDocument, type SpannedCell } from './document.js';

/** The charset a page declares (BOM, then <meta charset> or http-equiv in its first bytes); UTF-8 when it declares none and decodes as such, GB18030 otherwise. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared) ? 'gb18030' : declared;
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Text as printed: block elements and <br> separate lines; scripts and styles are not text. */
function printedText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  if (node.name === 'script' || node.name === 'style') return '';
  if (node.name === 'br') return '\n';
  const inner = node.children.map(printedText).join('');
  return /^(p|div|li|h[1-6]|tr|table)$/.test(node.name) ? `${inner}\n` : inner;
}

const span = (element: Element, name: string): number => {
  const n = Number.parseInt(element.attribs[name] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
};

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === 'tr') rows.push(node);
      else if (node.name !== 'table') walk(node.children);
    }
  };
  walk(table.children);
  return rows;
}

function readTable(table: Element, index: number): DocumentTable {
  const rows: SpannedCell[][] = ownRows(table).map((tr) =>
    tr.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th').map((c) => ({ text: printedText(c).trim(), rowspan: span(c, 'rowspan'), colspan: span(c, 'colspan') })),
  );
  return expandSpans(index, rows.filter((r) => r.length > 0));
}

const titlePattern = /(19|20)\d{2}\s*年度?[^。\n]{0,40}?政府信息公开[^。\n]{0,8}?年度?报告/u;

export function readHtml(bytes: Uint8Array): PublishedDocument {
  const document = parseDocument(decodeHtml(bytes), { decodeEntities: true });
  const all = getElementsByTagName('table', document, true);
  // Sites lay pages out in tables: the report's tables are those holding no other table.
  const innermost = all.filter((t) => getElementsByTagName('table', t.children, true).length === 0);
  const tables = innermost.map((t, i) => readTable(t, i + 1)).filter((t) => t.rows.length > 0);
  const body = getElementsByTagName('body', document, true, 1)[0] ?? document;
  const text = printedText(body as AnyNode).replace(/[ \t\u00a0\u3000]+/g, ' ');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const heading = lines.find((l) => l.length <= 80 && titlePattern.test(l));
  const pageTitle = textContent(getElementsByTagName('title', document, true, 1)).trim();
  return { title: heading ?? (pageTitle || undefined), text: lines.join('\n'), tables, problems: [] };
}
