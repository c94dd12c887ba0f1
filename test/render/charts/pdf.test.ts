// Charts painted straight into the PDF: every label and figure is text a reader extracts,
// set where the scene puts it (row labels right-aligned on one edge, each figure after its
// bar), in the built report.pdf as in a page drawn alone.
import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { chartStyle, layoutChart } from '../../../src/render/charts/layout.js';
import type { ChartScene, SceneText } from '../../../src/render/charts/scene.js';
import type { ChartFigure } from '../../../src/render/document.js';
import { drawChartBlock } from '../../../src/render/pdf/chart.js';
import { charts, fonts, measure } from '../../helpers/charts.js';
import { buildProject, projectOptions, reportYaml } from '../../helpers/project.js';
import { fixture } from '../../helpers/submissions.js';

interface Placed {
  readonly str: string;
  /** The left end of the text and its baseline, from the page's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** Each page's text items where a reader finds them. */
async function placedText(bytes: Uint8Array): Promise<Placed[][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: Placed[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const height = page.view[3];
    const { items } = await page.getTextContent();
    pages.push(items.flatMap((item) => ('str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4], y: height - item.transform[5], width: item.width }] : [])));
  }
  await doc.destroy();
  return pages;
}

/** The charts drawn one after another on a page of their own, as drawChartBlock draws them in report.pdf. */
async function drawnAlone(): Promise<{ bytes: Uint8Array; at: { scene: ChartScene; x: number; y: number; page: number }[] }> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 37 * 2.835, bottom: 35 * 2.835, left: 28 * 2.835, right: 26 * 2.835 }, tagged: true, font: null as unknown as string });
  doc.registerFont('body', fonts.body as never);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  const at: { scene: ChartScene; x: number; y: number; page: number }[] = [];
  let page = 0;
  for (const [i, chart] of charts.entries()) {
    const scene = layoutChart(chart, measure, fonts.body.familyName);
    if (i > 0) {
      doc.addPage();
      page++;
    }
    const figure: ChartFigure = { chart, caption: `图${i + 1}　${chart.title}` };
    const y = doc.y;
    drawChartBlock(doc, figure, scene, 'body');
    at.push({ scene, x: doc.page.margins.left, y: y + 10, page });
  }
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), at };
}

const texts = (scene: ChartScene): SceneText[] => scene.shapes.filter((s): s is SceneText => s.kind === 'text');

describe('charts in the PDF', () => {
  it('every text of the scene is one text item where the scene puts it: end-anchored labels end at their x', async () => {
    const { bytes, at } = await drawnAlone();
    const pages = await placedText(bytes);
    for (const { scene, x, y, page } of at) {
      const items = pages[page];
      for (const text of texts(scene)) {
        const start = x + (text.anchor === 'end' ? text.x - text.width : text.x);
        const found = items.filter((item) => item.str === text.text && Math.abs(item.y - (y + text.y)) < 0.1 && Math.abs(item.x - start) < 0.1);
        expect(found, `${text.text} at ${start}, ${y + text.y}`).toHaveLength(1);
        expect(found[0].width).toBeCloseTo(text.width, 1);
      }
    }
    // The results chart's row labels all end on one vertical line, chartStyle.labelPadding before the bars.
    const results = at[1];
    const rows = pages[results.page].filter((item) => /^（[一二三四五六]）/.test(item.str));
    expect(rows).toHaveLength(6);
    const ends = rows.map((r) => r.x + r.width);
    for (const end of ends) expect(end).toBeCloseTo(ends[0], 1);
    const bars = results.scene.shapes.filter((s) => s.kind === 'rect');
    expect(ends[0] + chartStyle.labelPadding).toBeCloseTo(results.x + bars[0].x, 1);
  });

  it('report.pdf: every label and printed figure of its charts can be read back, whole, in reading order', async () => {
    const files = { 'report.yaml': reportYaml('gb2021', 2023), 'submissions/finance.yaml': fixture('submissions/valid-gb2021.yaml') };
    const result = await buildProject(files, projectOptions(['pdf']));
    const items = (await placedText(result.outputs.get('report.pdf')!)).flat().map((i) => i.str);
    for (const chart of charts.filter((c) => c.id !== 'change')) {
      const words = [...(chart.series.length > 1 ? chart.series : []), ...chart.categories, ...chart.bars.flatMap((b) => (b.text ? [b.text] : [])), ...chart.totals.map((t) => t.text)];
      for (const word of words) expect(items, `${chart.id}: ${word}`).toContain(word);
    }
    // Row by row: a label, then its figure (the table above the chart has the label too).
    const at = items.lastIndexOf('（一）予以公开');
    expect(items.slice(at, at + 4)).toEqual(['（一）予以公开', '67（51.5%）', '（二）部分公开', '11（8.5%）']);
  });
});
