// report.html parsed back: the merged header cells equal the format description's trees,
// headers carry scope, nothing is fetched from outside, and no input becomes live markup.
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/formats/index.js';
import type { HeaderNode } from '../../src/formats/types.js';
import { edit, fixture } from '../helpers/submissions.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';

const finance = fixture('submissions/valid-gb2021.yaml');

async function html(extra: Record<string, string> = {}, yaml = reportYaml('gb2021', 2023)): Promise<HTMLElement> {
  const result = await buildProject({ 'report.yaml': yaml, 'submissions/finance.yaml': finance, ...extra }, projectOptions(['html']));
  expect(result.diagnostics.filter((d) => d.code !== 'narrative/empty-problems')).toEqual([]); // these projects write no part 五
  return parse(new TextDecoder().decode(result.outputs.get('report.html')));
}

const leafCount = (n: HeaderNode): number => (n.children ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1);
const depth = (nodes: readonly HeaderNode[]): number => Math.max(...nodes.map((n) => 1 + (n.children ? depth(n.children) : 0)));

/** What each header label's spans must be, walked from the description independently of the layout code. */
function expectedColumnSpans(nodes: readonly HeaderNode[], total = depth(nodes), level = 0, out = new Map<string, [number, number]>()) {
  for (const n of nodes) {
    out.set(n.label, [n.children ? 1 : total - level, leafCount(n)]);
    if (n.children) expectedColumnSpans(n.children, total, level + 1, out);
  }
  return out;
}

const spanOf = (el: HTMLElement): [number, number] => [Number(el.getAttribute('rowspan') ?? 1), Number(el.getAttribute('colspan') ?? 1)];

describe('report.html', () => {
  it('part 三 and 四 header cells have the spans of the printed format', async () => {
    const page = await html();
    const requests = page.querySelector('table.requests')!;
    const headCells = requests.querySelectorAll('thead th');
    const expected = expectedColumnSpans([formats.gb2021.requests.columns]);
    for (const th of headCells) expect(spanOf(th), th.text).toEqual(expected.get(th.text));
    expect(spanOf(requests.querySelector('thead td.corner')!)).toEqual([3, 3]);
    const appeals = page.querySelector('table.appeals')!;
    const appealSpans = expectedColumnSpans(formats.gb2021.appeals.columns);
    for (const th of appeals.querySelectorAll('thead th').filter((t) => !['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].includes(t.text))) {
      expect(spanOf(th), th.text).toEqual(appealSpans.get(th.text));
    }
  });

  it('row headers span their rows and carry scope', async () => {
    const page = await html();
    const stubs = page.querySelectorAll('table.requests tbody th');
    const byText = new Map(stubs.map((th) => [th.text, th]));
    expect(spanOf(byText.get('三、本年度办理结果')!)).toEqual([22, 1]);
    expect(byText.get('三、本年度办理结果')!.getAttribute('scope')).toBe('rowgroup');
    expect(spanOf(byText.get('（三）不予公开')!)).toEqual([8, 1]);
    expect(byText.get('1.属于国家秘密')!.getAttribute('scope')).toBe('row');
    for (const th of page.querySelectorAll('thead th')) expect(['col', 'colgroup']).toContain(th.getAttribute('scope'));
  });

  it('puts the figures in the cells, right-aligned', async () => {
    const page = await html();
    const row = page.querySelectorAll('table.requests tbody tr')[0];
    expect(row.querySelectorAll('td.num').map((td) => td.text)).toEqual(['120', '8', '0', '1', '3', '0', '132']);
  });

  it('is self-contained: no script, no external resource', async () => {
    const text = (await html()).toString();
    expect(text).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it('escapes markup from narratives and agency names', async () => {
    const hostile = edit(finance, 'name: 示例市财政局', 'name: "<img src=x onerror=alert(1)>财政局"') + 'narrative:\n  overview: "<script>alert(1)</script> [x](javascript:alert(1)) <b onmouseover=alert(1)>hi</b>"\n';
    const yaml = reportYaml('gb2021', 2023, 'narrative: {overview: narrative/overview.md}\n').replace('region: 示例市', 'region: "示例市<script>alert(2)</script>"');
    const result = await buildProject(
      { 'report.yaml': yaml, 'submissions/finance.yaml': hostile, 'narrative/overview.md': '<script>alert(3)</script>\n\n<img src=x onerror="alert(4)">\n' },
      projectOptions(['html'], { perAgency: true }),
    );
    expect(result.diagnostics.filter((d) => d.code !== 'narrative/empty-problems')).toEqual([]); // these projects write no part 五
    for (const file of ['report.html', 'agencies/finance.html']) {
      const page = parse(new TextDecoder().decode(result.outputs.get(file)));
      expect(page.querySelectorAll('script, img'), file).toHaveLength(0);
      expect(page.querySelectorAll('[onerror], [onmouseover]'), file).toHaveLength(0);
      expect(page.querySelectorAll('a').filter((a) => (a.getAttribute('href') ?? '').startsWith('javascript')), file).toHaveLength(0);
    }
  });

  it('embeds local narrative images and refuses remote ones with a located warning', async () => {
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    const overview = '全年工作如下。\n\n![办理流程图](images/flow.png "流程")\n\n对比见 ![远程图](https://example.com/chart.png) 。\n';
    const yaml = reportYaml('gb2021', 2023, 'narrative: {overview: narrative/overview.md}\n');
    const result = await buildProject(
      { 'report.yaml': yaml, 'submissions/finance.yaml': finance, 'narrative/overview.md': overview, 'narrative/images/flow.png': png },
      projectOptions(['html']),
    );
    expect(result.failed).toBe(false);
    const images = (d: { code: string }) => d.code.endsWith('-image');
    expect(result.diagnostics.filter(images).map((d) => [d.code, d.severity, d.file, d.line, d.column, d.data])).toEqual([['narrative/remote-image', 'warning', 'p/narrative/overview.md', 5, 5, { src: 'https://example.com/chart.png' }]]);
    const text = new TextDecoder().decode(result.outputs.get('report.html'));
    expect(text).not.toContain('example.com');
    const shown = parse(text).querySelectorAll('img');
    expect(shown.map((img) => [img.getAttribute('alt'), img.getAttribute('src')?.slice(0, 22)])).toEqual([['办理流程图', 'data:image/png;base64,']]);
    expect(Buffer.from(shown[0].getAttribute('src')!.split(',')[1], 'base64').equals(Buffer.from(png))).toBe(true);
    expect(parse(text).text).toContain('远程图');
  });

  it('a narrative image that is missing or not an image is an error at its place', async () => {
    const overview = '第一段。\n\n见图 ![图1](images/none.png)，及 ![图2](notes.txt)。\n';
    const yaml = reportYaml('gb2021', 2023, 'narrative: {overview: narrative/overview.md}\n');
    const result = await buildProject({ 'report.yaml': yaml, 'submissions/finance.yaml': finance, 'narrative/overview.md': overview, 'narrative/notes.txt': 'text' }, projectOptions(['html']));
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, d.messageId, d.data])).toEqual([
      ['narrative/missing-image', 3, 4, 'missing', { file: 'p/narrative/images/none.png' }],
      ['narrative/missing-image', 3, 29, 'notImage', { file: 'p/narrative/notes.txt' }],
    ]);
  });
});
