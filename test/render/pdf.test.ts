// report.pdf read back with pdfjs: every printed label and total is in the text, the
// fonts cover every character, tables that break repeat their header, output is
// reproducible and small.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../src/cli/build.js';
import { formats } from '../../src/formats/index.js';
import type { FormatDescription, HeaderNode } from '../../src/formats/types.js';
import { openFonts } from '../../src/render/pdf/fonts.js';
import { joined, readPdf } from '../helpers/pdf.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { fixture } from '../helpers/submissions.js';

function printedLabels(format: FormatDescription): string[] {
  const tree = (nodes: readonly HeaderNode[]): string[] => nodes.flatMap((n) => [n.label, ...(n.children ? tree(n.children) : [])]);
  return [
    format.active.title,
    format.active.firstColumnLabel,
    ...format.active.groups.flatMap((g) => [g.label, ...g.columns.map((c) => c.label), ...g.rows.map((r) => r.label)]),
    ...format.active.notes,
    format.requests.title,
    format.requests.cornerLabel,
    ...tree([format.requests.columns]),
    ...tree(format.requests.rows),
    format.appeals.title,
    ...tree(format.appeals.columns),
  ];
}

const projects = {
  gb2021: { 'report.yaml': reportYaml('gb2021', 2023), 'submissions/finance.yaml': fixture('submissions/valid-gb2021.yaml') },
  gb2019: { 'report.yaml': reportYaml('gb2019', 2020), 'submissions/housing.yaml': fixture('submissions/valid-gb2019.yaml') },
};

async function pdf(id: 'gb2019' | 'gb2021') {
  const result = await buildProject(projects[id], projectOptions(['pdf']));
  expect(result.diagnostics.filter((d) => d.code !== 'narrative/empty-problems')).toEqual([]); // these projects write no part 五
  return result.outputs.get('report.pdf')!;
}

describe('report.pdf', () => {
  it.each(['gb2019', 'gb2021'] as const)('%s: every printed label is in the text', async (id) => {
    const text = await readPdf(await pdf(id));
    const all = text.pages.map(joined).join('');
    for (const label of printedLabels(formats[id])) expect(all, label).toContain(label.replace(/\s+/g, ''));
  });

  it('states the totals in the table cells', async () => {
    const { pages } = await readPdf(await pdf('gb2021'));
    const items = pages.flat();
    for (const total of ['132', '130', '4', '2', '25.1']) expect(items, total).toContain(total);
    expect(pages.map(joined).join('')).toContain('本年度共对2件政府信息公开申请收取信息处理费150.5元。');
  });

  it('the bundled fonts have a glyph for every character the tables and default texts print', () => {
    const fonts = openFonts(bundled.fonts().body, bundled.fonts().heading);
    const chars = new Set([...printedLabels(formats.gb2019), ...printedLabels(formats.gb2021), '“”‘’〔〕《》〈〉（）、，。；：—·0123456789%'].join(''));
    for (const font of [fonts.body, fonts.heading]) {
      const missing = [...chars].filter((c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing).toEqual([]);
    }
  });

  it('carries title and author metadata, A4 pages and page numbers', async () => {
    const bytes = await pdf('gb2021');
    const { info, pages } = await readPdf(bytes);
    expect(info.Title).toBe('示例市2023年政府信息公开工作年度报告');
    expect(info.Author).toBe('示例市人民政府办公厅');
    pages.forEach((items, i) => expect(items).toContain(`— ${i + 1} —`));
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('repeats the header rows of a table that breaks across pages', async () => {
    // A long overview pushes part 三 down, so its table has to break (no charts, whose labels would match below).
    const long = Array.from({ length: 9 }, (_, i) => `第${i + 1}段：本年度共新收申请{{requests.received.total}}件，各项工作有序推进，公开质量持续提升。`).join('\n\n');
    const files = { ...projects.gb2021, 'report.yaml': reportYaml('gb2021', 2023, 'narrative: {overview: overview.md}\ncharts: {show: []}\n'), 'overview.md': long };
    const result = await buildProject(files, projectOptions(['pdf']));
    const { pages } = await readPdf(result.outputs.get('report.pdf')!);
    const corner = formats.gb2021.requests.cornerLabel.replace(/\s+/g, '');
    const withRequestRows = pages.map(joined).filter((p) => /属于国家秘密|予以公开|结转下年度继续办理/.test(p));
    expect(withRequestRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRequestRows) expect(page).toContain(corner);
  });

  it('is byte-identical for the same inputs and date, and small', async () => {
    const [a, b] = [await pdf('gb2021'), await pdf('gb2021')];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.byteLength).toBeLessThan(500 * 1024);
  });

  it('uses the fonts report.yaml names', async () => {
    const yaml = reportYaml('gb2021', 2023, 'fonts: {body: fonts/missing.ttf}\n');
    const result = await buildProject({ ...projects.gb2021, 'report.yaml': yaml }, projectOptions(['pdf']));
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['config/file', 'fonts.body']]);
    const bold = bundled.fonts().heading;
    const named = await buildProject({ ...projects.gb2021, 'report.yaml': reportYaml('gb2021', 2023, 'fonts: {body: fonts/mine.ttf, heading: fonts/mine.ttf}\n'), 'fonts/mine.ttf': bold }, projectOptions(['pdf']));
    const raw = new TextDecoder('latin1').decode(named.outputs.get('report.pdf'));
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Bold/);
    expect(raw).not.toMatch(/NotoSerifSC-Regular/);
  });
});
