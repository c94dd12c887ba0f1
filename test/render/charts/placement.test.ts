// Charts in the built report: after the table they illustrate or in an appendix, as
// report.yaml's `charts:` says; an image with a text alternative in HTML, a tagged Figure
// with alt text in the PDF; none by default in an agency's own report.
import { parse, type HTMLElement } from 'node-html-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { joined, readPdf } from '../../helpers/pdf.js';
import { buildProject, projectOptions, reportYaml } from '../../helpers/project.js';
import { fixture } from '../../helpers/submissions.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function build(yamlExtra = '', extraFiles: Record<string, string> = {}, formats: ('html' | 'pdf' | 'json')[] = ['html'], perAgency = false) {
  const result = await buildProject({ 'report.yaml': reportYaml('gb2021', 2023, yamlExtra), 'submissions/finance.yaml': finance, ...extraFiles }, projectOptions(formats, { perAgency }));
  // Warnings do not stop a build (doubled figures for last year carry forward more than this year took over).
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.outputs;
}

const page = async (yamlExtra = '', extraFiles: Record<string, string> = {}) => parse(decode((await build(yamlExtra, extraFiles)).get('report.html')));

/** Each chart's id and the table it follows (or the heading of the appendix it is in). */
const placement = (html: HTMLElement) =>
  html.querySelectorAll('figure.chart').map((f) => [f.id, f.closest('section')!.querySelector('table')?.classNames ?? f.closest('section')!.querySelector('h2')!.text]);

/** Last year's report.json: this year's with every count of parts 三 and 四 doubled. */
async function previousJson(): Promise<string> {
  const json = JSON.parse(decode((await build('', {}, ['json'])).get('report.json')));
  const double = (node: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number') node[key] = value * 2;
      else if (value && typeof value === 'object') double(value as Record<string, unknown>);
    }
  };
  double(json.requests);
  double(json.appeals);
  return JSON.stringify(json);
}

describe('charts in the report', () => {
  it('the consolidated report shows applicants and results after part 三, appeals after part 四 (no change without previous.json)', async () => {
    const html = await page();
    expect(placement(html)).toEqual([
      ['chart-applicants', 'requests'],
      ['chart-results', 'requests'],
      ['chart-appeals', 'appeals'],
    ]);
    const applicants = html.querySelector('#chart-applicants')!;
    const image = applicants.querySelector('[role="img"]')!;
    expect(image.getAttribute('aria-label')).toBe('本年新收政府信息公开申请数量（申请人情况）：自然人120件，商业企业8件，科研机构0件，社会公益组织1件，法律服务机构3件，其他0件；总计132件。');
    expect(image.querySelector('svg')).not.toBeNull();
    expect(applicants.querySelector('figcaption')!.text).toBe('图1　本年新收政府信息公开申请数量（申请人情况）');
    expect(html.querySelector('#chart-appeals figcaption')!.text).toBe('图3　政府信息公开行政复议、行政诉讼情况');
  });

  it('with previous.json adds this year against last, after part 四', async () => {
    const html = await page('previous: previous.json\n', { 'previous.json': await previousJson() });
    expect(placement(html).map((p) => p[0])).toEqual(['chart-applicants', 'chart-results', 'chart-appeals', 'chart-change']);
    expect(html.querySelector('#chart-change [role="img"]')!.getAttribute('aria-label')).toContain('本年新收政府信息公开申请数量2022年264件，2023年132件，减少50%');
  });

  it('charts.show and charts.place choose which and where', async () => {
    const html = await page('charts: {show: [appeals, applicants], place: appendix}\n');
    expect(placement(html)).toEqual([
      ['chart-appeals', '附：图表'],
      ['chart-applicants', '附：图表'],
    ]);
    expect(html.querySelectorAll('figcaption').map((c) => c.text)).toEqual(['图1　政府信息公开行政复议、行政诉讼情况', '图2　本年新收政府信息公开申请数量（申请人情况）']);
    // The appendix follows part 六.
    expect(html.querySelectorAll('h2').map((h) => h.text).slice(-2)).toEqual(['六、其他需要报告的事项', '附：图表']);
    expect((await page('charts: {show: []}\n')).querySelectorAll('figure.chart')).toEqual([]);
  });

  it("an agency's own report has none unless charts.agencies names some", async () => {
    const plain = await build('', {}, ['html'], true);
    expect(parse(decode(plain.get('agencies/finance.html'))).querySelectorAll('figure.chart')).toEqual([]);
    const chosen = await build('charts: {agencies: [results]}\n', {}, ['html'], true);
    expect(placement(parse(decode(chosen.get('agencies/finance.html'))))).toEqual([['chart-results', 'requests']]);
  });

  it('report.pdf draws the charts with their labels and captions, each a Figure with alt text', async () => {
    const bytes = (await build('', {}, ['pdf'])).get('report.pdf')!;
    const text = (await readPdf(bytes)).pages.map(joined).join('');
    for (const piece of ['图1本年新收政府信息公开申请数量（申请人情况）', '法律服务机构', '67（51.5%）', '行政诉讼（未经复议直接起诉）', '图3政府信息公开行政复议、行政诉讼情况']) expect(text).toContain(piece);
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const alts: string[] = [];
    const walk = (node: { role?: string; alt?: string; children?: unknown[] }): void => {
      if (node.role === 'Figure' && node.alt) alts.push(node.alt);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    for (let i = 1; i <= doc.numPages; i++) {
      const tree = await (await doc.getPage(i)).getStructTree();
      if (tree) walk(tree as never);
    }
    await doc.destroy();
    expect(alts.map((a) => a.slice(0, a.indexOf('：')))).toEqual(['本年新收政府信息公开申请数量（申请人情况）', '本年度办理结果，（七）总计130件', '政府信息公开行政复议、行政诉讼情况']);
    expect(alts[0]).toContain('法律服务机构3件');
  });
});
