// report build and the prose: a narrative that contradicts its tables fails at its line,
// explanations are published with their reasons, the coverage and correction appendices
// reach every output format.
import { describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../src/build.js';
import { bundled } from '../src/cli/build.js';
import { diffReports, parseReportJson } from '../src/diff.js';
import { gb2021 } from '../src/formats/gb2021.js';
import { scaffoldSubmission } from '../src/scaffold/submission.js';
import { joined, readPdf } from './helpers/pdf.js';
import { reportYaml as reportYamlFor } from './helpers/project.js';
import { edit, fixture, policeSubmission } from './helpers/submissions.js';
import { memoryFiles } from './helpers/memory-files.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const police = policeSubmission();
const problems = '一是部分单位答复说理不够充分。下一步将编制答复文书示范文本。\n';
const config = (extra = '') =>
  reportYamlFor('gb2021', 2023, `groups: [市级部门]\nroster: roster.yaml\nnarrative: {overview: narrative/overview.md, problems: narrative/problems.md}\noutput: {dir: dist, formats: [md, json]}\n${extra}`);
const roster = 'agencies:\n  - {id: finance, name: 示例市财政局}\n  - {id: police, name: 示例市公安局}\n';
const overview = '全市共新收申请{{requests.received.total}}件。\n';

const options: BuildOptions = { strict: false, allowMissing: false, perAgency: false, date: new Date(Date.UTC(2024, 2, 31)), bundled };

const project = (extra: Record<string, string> = {}) =>
  memoryFiles(
    Object.fromEntries(
      Object.entries({ 'report.yaml': config(), 'roster.yaml': roster, 'narrative/overview.md': overview, 'narrative/problems.md': problems, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police, ...extra }).map(
        ([p, t]) => [`city/${p}`, t],
      ),
    ),
  );

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const where = (d: { code: string; file: string; line: number; column: number }) => [d.code, d.file, d.line, d.column];

describe('build: the prose against the tables', () => {
  it('builds clean when the narrative uses placeholders', async () => {
    const result = await build('city', 'city', project(), options);
    expect(result.diagnostics).toEqual([]);
    expect(result.failed).toBe(false);
  });

  it('fails on a literal number that contradicts the table, at its line and column', async () => {
    const result = await build('city', 'city', project({ 'narrative/overview.md': '第一段。\n\n全市共受理政府信息公开申请246件，行政复议8件。\n' }), options);
    expect(result.failed).toBe(true);
    expect(result.outputs.size).toBe(0);
    expect(result.diagnostics.map(where)).toEqual([
      ['narrative/contradicts-table', 'city/narrative/overview.md', 3, 14],
      ['narrative/literal-figure', 'city/narrative/overview.md', 3, 23],
    ]);
    expect(result.diagnostics[0].data).toMatchObject({ written: '246件', label: '一、本年新收政府信息公开申请数量 · 总计', printed: '264' });
    // the reporters can quote the narrative line
    expect(result.checked.sources.get('city/narrative/overview.md')).toContain('246件');
  });

  it('fails when fees were charged but part 六 says none were', async () => {
    const result = await build('city', 'city', project({ 'report.yaml': config().replace('problems: narrative/problems.md}', 'problems: narrative/problems.md, other: narrative/other.md}'), 'narrative/other.md': '本年度未收取信息处理费。\n' }), options);
    expect(result.diagnostics.map(where)).toEqual([['narrative/fees-contradiction', 'city/narrative/other.md', 1, 4]]);
    expect(result.failed).toBe(true);
  });

  it('publishes an explained narrative finding with its reason, in md and json', async () => {
    const explained = config('explanations:\n  - {code: narrative/contradicts-table, quote: 受理政府信息公开申请246件, reason: 含不属于政府信息公开申请的咨询22件}\n');
    const result = await build('city', 'city', project({ 'report.yaml': explained, 'narrative/overview.md': '全市共受理政府信息公开申请246件。\n' }), options);
    expect(result.failed).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.explained])).toEqual([['narrative/contradicts-table', '含不属于政府信息公开申请的咨询22件']]);
    const md = text(result.outputs.get('report.md'));
    expect(md).toContain('## 附：说明');
    expect(md).toContain('| narrative/contradicts-table | “受理政府信息公开申请246件” | 含不属于政府信息公开申请的咨询22件 |');
    expect(JSON.parse(text(result.outputs.get('report.json'))).explanations).toEqual([
      { code: 'narrative/contradicts-table', quote: '受理政府信息公开申请246件', reason: '含不属于政府信息公开申请的咨询22件' },
    ]);
  });

  it('an explanation may quote the Chinese message', async () => {
    const explained = config('explanations:\n  - {code: narrative/contradicts-table, quote: 表格中的数字是264, reason: 含咨询22件}\n');
    const result = await build('city', 'city', project({ 'report.yaml': explained, 'narrative/overview.md': '全市共受理政府信息公开申请246件。\n' }), options);
    expect(result.diagnostics.map((d) => [d.code, d.explained])).toEqual([['narrative/contradicts-table', '含咨询22件']]);
    expect(result.failed).toBe(false);
  });

  it('an explanation does not excuse an error in the tables', async () => {
    const explained = config('explanations:\n  - {code: appeals/total, path: submissions/police.yaml, reason: 统计口径不同}\n');
    const result = await build('city', 'city', project({ 'report.yaml': explained, 'submissions/police.yaml': edit(police, 'pending: 1, total: 4}', 'pending: 1, total: 5}') }), options);
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.explained])).toEqual([['appeals/total', '统计口径不同']]);
  });

  it('an explained warning no longer fails --strict; an unexplained one does', async () => {
    const year = { 'narrative/overview.md': '2022年以来，全市持续推进政务公开。\n' };
    const strict = { ...options, strict: true };
    expect((await build('city', 'city', project(year), strict)).failed).toBe(true);
    const explained = config('explanations:\n  - {code: narrative/year, path: narrative/overview.md, reason: 指2022年以来的持续工作}\n');
    const result = await build('city', 'city', project({ ...year, 'report.yaml': explained }), strict);
    expect(result.failed).toBe(false);
    expect(text(result.outputs.get('report.md'))).toContain('| narrative/year | narrative/overview.md | 指2022年以来的持续工作 |');
  });

  it('checks an agency\'s own narrative with --per-agency, at its line in the submission', async () => {
    const own = `${finance}narrative:\n  overview: |\n    本局全年受理申请130件。\n  problems: |\n    一是答复说理不够充分。下一步将加强培训。\n`;
    const result = await build('city', 'city', project({ 'submissions/finance.yaml': own }), { ...options, perAgency: true });
    expect(result.diagnostics.map(where)).toEqual([['narrative/contradicts-table', 'city/submissions/finance.yaml', 51, 13]]);
    expect(result.diagnostics[0].data).toMatchObject({ written: '130件', label: '一、本年新收政府信息公开申请数量 · 总计', printed: '132' });
    expect(result.failed).toBe(true);
    const untouched = await build('city', 'city', project(), { ...options, perAgency: true });
    expect(untouched.diagnostics).toEqual([]);
  });

  it('warns about an explanation that matches no finding, at its entry in report.yaml', async () => {
    const stale = config('explanations:\n  - {code: narrative/year, path: narrative/overview.md, reason: 已改正}\n');
    const result = await build('city', 'city', project({ 'report.yaml': stale }), options);
    expect(result.diagnostics.map(where)).toEqual([['config/explanation-unused', 'city/report.yaml', 11, 5]]);
    expect(result.diagnostics[0]).toMatchObject({ messageId: 'path', data: { n: 1, code: 'narrative/year', target: 'narrative/overview.md' } });
    expect(result.failed).toBe(false);
    expect((await build('city', 'city', project({ 'report.yaml': stale }), { ...options, strict: true })).failed).toBe(true);
  });

  it('report.json carries each part as rendered, for next year\'s repeated-text check', async () => {
    const result = await build('city', 'city', project(), options);
    const json = JSON.parse(text(result.outputs.get('report.json')));
    expect(json.narrative.overview).toBe('全市共新收申请264件。');
    expect(json.narrative.problems).toBe(problems.trim());
  });

  it('warns when more than half of parts 一 and 五 repeat last year\'s text', async () => {
    const last = JSON.parse(text((await build('city', 'city', project(), options)).outputs.get('report.json')));
    last.year = 2022;
    last.narrative.overview = '全市共新收申请200件。'; // numbers are masked: only the words count
    const withPrevious = config('previous: previous.json\n');
    const result = await build('city', 'city', project({ 'report.yaml': withPrevious, 'previous.json': JSON.stringify(last) }), options);
    expect(result.diagnostics.filter((d) => d.code.startsWith('narrative/')).map(where)).toEqual([['narrative/repeated', 'city/narrative/overview.md', 1, 1]]);
    expect(result.failed).toBe(false);
  });
});

describe('build: the coverage appendix', () => {
  const zero = scaffoldSubmission({ id: 'audit', name: '示例市审计局', group: '市级部门', year: 2023, format: gb2021, schemaUrl: 'x.json' });
  const files = () =>
    project({
      'report.yaml': config('appendix: [coverage]\n').replace('formats: [md, json]', 'formats: [md, html, pdf, json]'),
      'roster.yaml': `${roster}  - {id: audit, name: 示例市审计局}\n  - {id: tax, name: 示例市税务局}\n`,
      'submissions/audit.yaml': zero,
    });

  it('lists the units summed with their sha256, the 零报告 and the missing, in all four formats', async () => {
    const result = await build('city', 'city', files(), { ...options, allowMissing: true });
    expect(result.failed).toBe(false);
    const json = JSON.parse(text(result.outputs.get('report.json')));
    expect(json.units.map((u: { id: string; zero_return?: boolean }) => [u.id, u.zero_return ?? false])).toEqual([['audit', true], ['finance', false], ['police', false]]);
    expect(json.missing_units).toEqual([{ id: 'tax', name: '示例市税务局' }]);
    const sha = (id: string) => json.units.find((u: { id: string }) => u.id === id).sha256.slice(0, 12);
    const md = text(result.outputs.get('report.md'));
    expect(md).toContain('本报告汇总了3个单位报送的数据，其中零报告1个。另有1个单位未报送');
    expect(md).toContain(`| 示例市审计局 | 市级部门 | ${sha('audit')} | 零报告 |`);
    expect(md).toContain(`| 示例市财政局 | 市级部门 | ${sha('finance')} |  |`);
    expect(md).toContain('| 示例市税务局 | — | — | 未报送 |');
    const html = text(result.outputs.get('report.html'));
    expect(html).toContain('<h2>附：汇总范围</h2>');
    expect(html).toContain(`<th scope="row">示例市审计局</th><td>市级部门</td><td>${sha('audit')}</td><td>零报告</td>`);
    const pdf = joined((await readPdf(result.outputs.get('report.pdf')!)).pages.flat());
    expect(pdf).toContain('附：汇总范围');
    expect(pdf).toContain(`示例市审计局市级部门${sha('audit')}零报告`);
    expect(pdf).toContain('示例市税务局——未报送');
  });

  it('is not printed unless report.yaml asks for it', async () => {
    const result = await build('city', 'city', project(), options);
    expect(text(result.outputs.get('report.md'))).not.toContain('附：汇总范围');
  });
});

describe('build --previous-build', () => {
  it('appends a 更正说明 naming exactly the changed cells', async () => {
    const first = await build('city', 'city', project(), options);
    const published = first.outputs.get('report.json')!;
    // the police correct one figure of part 二 and move one application from 予以公开 to 部分公开
    const corrected = edit(edit(edit(police, 'licensing: {decisions: 350}', 'licensing: {decisions: 351}'), 'granted: {individual: 60', 'granted: {individual: 59'), 'partially_granted: {individual: 10', 'partially_granted: {individual: 11');
    const second = await build('city', 'city', project({ 'submissions/police.yaml': corrected }), { ...options, previousBuild: { file: 'old/report.json', bytes: published } });
    expect(second.failed).toBe(false);
    const diff = diffReports(parseReportJson(text(published)), parseReportJson(text(second.outputs.get('report.json'))));
    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    expect(diff.correction.figures.map((f) => [f.key, f.old, f.new])).toEqual([
      ['active_disclosure.licensing.decisions', '700', '701'],
      ['requests.results.granted.individual', '120', '119'],
      ['requests.results.granted.total', '134', '133'],
      ['requests.results.partially_granted.individual', '20', '21'],
      ['requests.results.partially_granted.total', '22', '23'],
    ]);
    expect(diff.correction.unitsResubmitted).toEqual([{ id: 'police', name: '示例市公安局' }]);
    expect(diff.correction.unitsAdded).toEqual([]);
    expect(diff.correction.narrative).toEqual([]);
    const md = text(second.outputs.get('report.md'));
    expect(md).toContain('## 附：更正说明');
    expect(md).toContain('与此前发布的版本相比，本报告更正数据5项，详见下表。\n\n重新报送数据的单位1个：示例市公安局（police）。');
    expect(md).toContain('| 二、主动公开政府信息情况 | 行政许可 | 本年处理决定数量 | 700 | 701 |');
    expect(md).toContain('| 三、收到和处理政府信息公开申请情况 | 三、本年度办理结果 / （一）予以公开 | 自然人 | 120 | 119 |');
  });

  it('a previous build in another format is a usage error', async () => {
    const old = new TextEncoder().encode(JSON.stringify({ format: 'gb2019', units: [] }));
    await expect(build('city', 'city', project(), { ...options, previousBuild: { file: 'old.json', bytes: old } })).rejects.toThrow('--previous-build old.json: the reports are in different formats');
  });
});
