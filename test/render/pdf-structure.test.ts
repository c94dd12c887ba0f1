// The PDF for screen readers and text extraction: tagged (zh-CN, headings, paragraphs,
// tables with header cells), the title as the window title, bookmarks for the title and
// the six parts; and narratives typeset: Markdown tables as tables, bold and links kept,
// the signature never alone on the last page, no title line of one character.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/formats/index.js';
import type { HeaderNode } from '../../src/formats/types.js';
import { readPdf } from '../helpers/pdf.js';
import { readTagged, type TaggedNode } from '../helpers/pdf-structure.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { fixture } from '../helpers/submissions.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const parts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

async function pdf(narrative: Record<string, string> = {}, yamlExtra = '', title?: string, extraFiles: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const entries = Object.entries(narrative);
  const mapping = entries.length > 0 ? `narrative: {${entries.map(([part]) => `${part}: narrative/${part}.md`).join(', ')}}\n` : '';
  let yaml = reportYaml('gb2021', 2023, mapping + yamlExtra);
  if (title) yaml = yaml.replace(/^title: .*$/m, `title: ${title}`);
  const files = { 'report.yaml': yaml, 'submissions/finance.yaml': finance, ...Object.fromEntries(entries.map(([part, text]) => [`narrative/${part}.md`, text])), ...extraFiles };
  const result = await buildProject(files, projectOptions(['pdf']));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.outputs.get('report.pdf')!;
}

const byRole = (nodes: readonly TaggedNode[], role: string) => nodes.filter((n) => n.role === role);

function labelsOf(nodes: readonly HeaderNode[]): string[] {
  return nodes.flatMap((n) => [n.label, ...(n.children ? labelsOf(n.children) : [])]);
}

/** The name of the font a text item is set in. */
async function fontOf(bytes: Uint8Array, text: string): Promise<string | undefined> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const item = (await page.getTextContent()).items.find((i) => 'str' in i && i.str === text);
      if (!item || !('fontName' in item)) continue;
      await page.getOperatorList();
      return (page.commonObjs.get(item.fontName) as { name: string }).name;
    }
    return undefined;
  } finally {
    await doc.destroy();
  }
}

const hasBinary = (name: string): boolean => spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined;

describe('tagged report.pdf', () => {
  it('declares zh-CN, shows the title as the window title, is marked, and opens its bookmarks', async () => {
    const bytes = await pdf();
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toMatch(/\/Lang \(zh-CN\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/PageMode \/UseOutlines/);
    const { markInfo, outline } = await readTagged(bytes);
    expect(markInfo?.Marked).toBe(true);
    expect(outline).toEqual(['示例市2023年政府信息公开工作年度报告', ...parts]);
  });

  it('tags the title and the six parts as headings, the prose as paragraphs, and the tables with header cells', async () => {
    const { nodes } = await readTagged(await pdf());
    expect(byRole(nodes, 'H1').map((n) => n.text)).toEqual(['示例市2023年政府信息公开工作年度报告']);
    expect(byRole(nodes, 'H2').map((n) => n.text)).toEqual(parts);
    expect(byRole(nodes, 'P').some((n) => n.text.startsWith('本报告依据'))).toBe(true);
    const headerTexts = new Set(byRole(nodes, 'TH').map((n) => n.text));
    const format = formats.gb2021;
    for (const label of [...labelsOf([format.requests.columns]), ...labelsOf(format.requests.rows), ...labelsOf(format.appeals.columns)].map((l) => l.replace(/\s+/g, ''))) {
      // A label whose cell runs over a page break shows on the first page what its part of the cell holds.
      expect(headerTexts.has(label) || [...headerTexts].some((t) => t.length >= 2 && label.startsWith(t)), label).toBe(true);
    }
    const cells = byRole(nodes, 'TD').map((n) => n.text);
    for (const figure of ['132', '130', '25.1']) expect(cells).toContain(figure);
    // Every header and data cell sits in a row, every row in a table.
    for (const row of byRole(nodes, 'TR')) expect(row.children.every((c) => c.role === 'TH' || c.role === 'TD')).toBe(true);
    for (const table of byRole(nodes, 'Table')) expect(table.children.every((c) => c.role === 'TR')).toBe(true);
  });

  it.skipIf(!hasBinary('pdftotext'))('pdftotext and pdfinfo: every label whole, on one line, and Tagged: yes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'report-pdf-')), 'report.pdf');
    writeFileSync(file, await pdf());
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const lines = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.replace(/\s+/g, ''));
    const format = formats.gb2021;
    for (const label of [...labelsOf([format.requests.columns]), ...labelsOf(format.requests.rows), ...labelsOf(format.appeals.columns), format.requests.cornerLabel]) {
      expect(lines.some((line) => line.includes(label.replace(/\s+/g, ''))), label).toBe(true);
    }
  });
});

describe('narratives in report.pdf', () => {
  it('draws a Markdown table as a table, and keeps bold and links', async () => {
    const overview = [
      '全年工作重点如下，详见[中国政府网](https://www.gov.cn/)。',
      '',
      '| 项目 | 件数 |',
      '| --- | ---: |',
      '| 行政许可事项清单 | 13579 |',
      '| 权责清单 | 24680 |',
      '',
      '其中**依申请公开办理时限**全部符合规定。',
    ].join('\n');
    const bytes = await pdf({ overview });
    const { nodes, annotations } = await readTagged(bytes);
    const narrativeTable = byRole(nodes, 'Table').find((t) => t.text.includes('行政许可事项清单'))!;
    expect(narrativeTable.children.map((row) => row.children.map((c) => `${c.role}:${c.text}`))).toEqual([
      ['TH:项目', 'TH:件数'],
      ['TD:行政许可事项清单', 'TD:13579'],
      ['TD:权责清单', 'TD:24680'],
    ]);
    expect(annotations).toContainEqual({ subtype: 'Link', url: 'https://www.gov.cn/', page: 1 });
    // The bold stretch is set in the bold face, the rest of its paragraph in the regular one.
    expect(await fontOf(bytes, '依申请公开办理时限')).toMatch(/NotoSerifSC-Bold$/);
    expect(await fontOf(bytes, '其中')).toMatch(/NotoSerifSC-Regular$/);
    const { pages } = await readPdf(bytes);
    const row = pages.flat().filter((s) => ['行政许可事项清单', '13579'].includes(s));
    expect(row).toEqual(['行政许可事项清单', '13579']);
    expect(pages.flat().join('')).toContain('依申请公开办理时限');
    expect(pages.flat().join('')).not.toMatch(/\*\*|\| ---/);
  });

  it('draws a local image as a tagged figure with its alt text', async () => {
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    const bytes = await pdf({ overview: '流程如下。\n\n![依申请公开办理流程图](images/flow.png)\n' }, '', undefined, { 'narrative/images/flow.png': png });
    const { nodes } = await readTagged(bytes);
    expect(byRole(nodes, 'Figure')).toHaveLength(1);
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Subtype \/Image/);
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const tree = JSON.stringify(await (await doc.getPage(1)).getStructTree());
    await doc.destroy();
    expect(tree).toContain('"alt":"依申请公开办理流程图"');
  });

  it('keeps the signature and date with the last paragraph, wherever the page ends', async () => {
    const paragraph = (i: number) => `第${i}段：各级行政机关持续加强政府信息公开工作，主动回应社会关切，依申请公开办理规范有序，公开质量稳步提升，群众满意度进一步提高。`;
    for (let count = 1; count <= 9; count++) {
      const other = [...Array.from({ length: count }, (_, i) => paragraph(i + 1)), '末段：以上为本年度其他需要报告的事项。'].join('\n\n');
      const { pages } = await readPdf(await pdf({ other }));
      const last = pages.at(-1)!.join('');
      expect(last, `${count} paragraphs`).toContain('2024年3月31日');
      expect(last, `${count} paragraphs`).toContain('末段');
    }
  });

  it('puts the signature after part 六 and before the appendices, as GB/T 9704 places 附件', async () => {
    const text = (await readPdf(await pdf({ other: '末段：以上为本年度其他需要报告的事项。' }, 'appendix: [coverage]\n'))).pages.map((p) => p.join('')).join('');
    const [last, date, appendix] = ['末段', '2024年3月31日', '附：汇总范围'].map((s) => text.indexOf(s));
    expect(last).toBeGreaterThan(0);
    expect(date).toBeGreaterThan(last);
    expect(appendix).toBeGreaterThan(date);
  });

  it('never leaves one character alone on a title line', async () => {
    const title = '某某县人民政府政府信息公开工作年度报告全文';
    const { pages } = await readPdf(await pdf({}, '', title));
    const lines = pages[0].slice(0, pages[0].findIndex((s) => s.startsWith('本报告')));
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(2);
    for (const line of lines) expect([...line].length).toBeGreaterThanOrEqual(8);
  });
});
