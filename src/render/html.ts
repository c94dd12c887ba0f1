// report.html: one self-contained page in the official layout. The page around the
// tables is a handlebars template (templates/report.html.hbs) an office can restyle;
// every text from submissions and narratives is escaped, and Markdown's raw HTML is off.
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import type { NarrativeImages } from '../narrative/images.js';
import type { Chart } from './charts/declare.js';
import type { ChartFigure, ReportDocument } from './document.js';
import { expandGrid, type Grid, type GridCell, type GridRow } from './layout.js';

const escape = Handlebars.escapeExpression;

/** Raw HTML in a narrative is shown as text, and javascript: links are refused. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * An image goes into the page as a data: URL, so the page stays self-contained; one that
 * was not embedded (on another site: a warning at build time) is printed as its alt text.
 */
markdown.renderer.rules.image = (tokens, index, options, env: { images?: NarrativeImages }, self) => {
  const token = tokens[index];
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const src = token.attrGet('src') ?? '';
  const image = env.images?.get(src);
  // markdown-it lets only data:image/(png|jpeg|gif|webp) URLs through as images.
  const data = src.startsWith('data:') ? src : image && `data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}`;
  if (!data) return escape(alt);
  const title = token.attrGet('title');
  return `<img src="${data}" alt="${escape(alt)}"${title ? ` title="${escape(title)}"` : ''}>`;
};

function attributes(cell: GridCell): string {
  return `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
}

function cellHtml(cell: GridCell, figure: ReportDocument['figure']): string {
  const spans = attributes(cell);
  switch (cell.kind) {
    case 'value':
      return `<td class="num"${spans}>${escape(figure(cell.path!))}</td>`;
    case 'text':
      return `<td${spans}>${escape(cell.text)}</td>`;
    case 'stub':
      return `<th scope="${cell.rowspan > 1 ? 'rowgroup' : 'row'}"${spans}>${escape(cell.text)}</th>`;
    case 'section':
      return `<th scope="colgroup" class="section"${spans}>${escape(cell.text)}</th>`;
    case 'corner':
      return `<td class="corner"${spans}>${escape(cell.text)}</td>`;
    default:
      return `<th scope="${cell.colspan > 1 ? 'colgroup' : 'col'}"${spans}>${escape(cell.text)}</th>`;
  }
}

const rowHtml = (row: GridRow, figure: ReportDocument['figure']): string =>
  `<tr class="${row.role}">${row.cells.map((c) => cellHtml(c, figure)).join('')}</tr>`;

/** A table: leading header rows in <thead> (repeated by browsers on each printed page), the rest in <tbody>s split at section rows. */
export function gridHtml(grid: Grid, figure: ReportDocument['figure'], className: string): string {
  const leadingHead = grid.rows.findIndex((r) => r.role !== 'head');
  const head = grid.rows.slice(0, leadingHead);
  const bodies: GridRow[][] = [];
  for (const row of grid.rows.slice(leadingHead)) {
    if (row.role === 'section' || bodies.length === 0) bodies.push([]);
    bodies.at(-1)!.push(row);
  }
  const columns = expandGrid(grid)[0].length;
  return [
    `<table class="${className}">`,
    `<colgroup>${'<col>'.repeat(columns)}</colgroup>`,
    head.length > 0 ? `<thead>${head.map((r) => rowHtml(r, figure)).join('')}</thead>` : '',
    ...bodies.map((rows) => `<tbody>${rows.map((r) => rowHtml(r, figure)).join('')}</tbody>`),
    '</table>',
    ...grid.notes.map((n) => `<p class="note">${escape(n)}</p>`),
  ].join('\n');
}

/** A chart: its SVG as one image whose label states every figure it shows, and its caption. */
export function chartHtml(figure: ChartFigure, svg: string): string {
  return [
    `<figure class="chart" id="chart-${figure.chart.id}">`,
    `<div class="chart-image" role="img" aria-label="${escape(figure.chart.alt)}">${svg}</div>`,
    `<figcaption>${escape(figure.caption)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

const tableClasses = ['active', 'requests', 'appeals'];

/** The page template last compiled: a build renders every agency's page with the same one. */
let lastPage: { readonly template: string; readonly page: HandlebarsTemplateDelegate } | undefined;

function pageTemplate(template: string): HandlebarsTemplateDelegate {
  if (lastPage?.template !== template) lastPage = { template, page: Handlebars.create().compile(template, { strict: true }) };
  return lastPage.page;
}

/** `charts`: each chart's SVG (charts/svg.ts, or a mark standing for it); `fontFaces`: the embedded fonts' CSS (--embed-fonts). */
export function renderHtml(document: ReportDocument, template: string, charts: ReadonlyMap<Chart, string> = new Map(), fontFaces = ''): string {
  let table = 0;
  const page = pageTemplate(template);
  const env = { images: document.images };
  const figures = (list: readonly ChartFigure[] | undefined): string => (list ?? []).map((f) => chartHtml(f, charts.get(f.chart) ?? '')).join('\n');
  return page({
    title: document.title,
    author: document.author,
    fontFaces,
    preface: markdown.render(document.preface, env),
    sections: document.sections.map((section) => ({
      heading: section.heading,
      text: section.text ? markdown.render(section.text, env) : '',
      table: section.grid ? gridHtml(section.grid, document.figure, tableClasses[table++]) : '',
      charts: figures(section.charts),
    })),
    signature: document.signature,
  });
}
