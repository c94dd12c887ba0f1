// report build end to end on in-memory projects: no outputs while errors remain, outputs
// byte-identical for the same inputs, narrative errors located, per-agency reports.
import { describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../src/build.js';
import { reportYaml as reportYamlFor } from './helpers/project.js';
import { edit, fixture, policeSubmission } from './helpers/submissions.js';
import { memoryFiles } from './helpers/memory-files.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const police = policeSubmission();
const reportYaml = reportYamlFor('gb2021', 2023, 'groups: [市级部门]\nnarrative: {overview: narrative/overview.md}\noutput: {dir: dist, formats: [md, json]}\n');
const overview = '全市共新收申请{{requests.received.total}}件，予以公开{{requests.results.granted.total}}件。\n';

const options: BuildOptions = {
  strict: false,
  allowMissing: false,
  perAgency: false,
  date: new Date(Date.UTC(2024, 2, 31)),
  bundled: {
    fonts: () => {
      throw new Error('no PDF in these builds');
    },
    htmlTemplate: () => '<h1>{{title}}</h1>',
  },
};

const project = (extra: Record<string, string> = {}) =>
  memoryFiles(Object.fromEntries(Object.entries({ 'report.yaml': reportYaml, 'narrative/overview.md': overview, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police, ...extra }).map(([p, t]) => [`city/${p}`, t])));

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('build', () => {
  it('renders report.md and report.json with every prose number from the data', async () => {
    const result = await build('city', 'city', project(), options);
    expect(result.failed).toBe(false);
    expect([...result.outputs.keys()]).toEqual(['report.json', 'report.md']);
    const md = text(result.outputs.get('report.md'));
    expect(md).toContain('全市共新收申请264件，予以公开134件。');
    expect(md).toContain('| 一、本年新收政府信息公开申请数量 | 240 | 16 | 0 | 2 | 6 | 0 | 264 |');
    expect(md).toContain('本年度共对4件政府信息公开申请收取信息处理费301元。');
    expect(md).toContain('示例市人民政府办公厅  \n2024年3月31日');
    expect(md).not.toMatch(/e\+|\d\.\d{5,}/);
  });

  it('writes nothing while an error remains', async () => {
    const result = await build('city', 'city', project({ 'submissions/police.yaml': edit(police, 'pending: 1, total: 4}', 'pending: 1, total: 5}') }), options);
    expect(result.failed).toBe(true);
    expect(result.outputs.size).toBe(0);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['appeals/total']);
  });

  it('an unknown placeholder fails the build with file, line and column', async () => {
    const result = await build('city', 'city', project({ 'narrative/overview.md': '第一段。\n\n共{{requests.recieved.total}}件。\n' }), options);
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['narrative/placeholder', 'city/narrative/overview.md', 3, 4]]);
  });

  it('gives byte-identical outputs for the same inputs', async () => {
    const a = await build('city', 'city', project(), options);
    const b = await build('city', 'city', project(), options);
    expect([...a.outputs.entries()]).toEqual([...b.outputs.entries()]);
  });

  it('renders each agency its own report with --per-agency, from its own narrative', async () => {
    const own = finance + 'narrative:\n  overview: |\n    本局全年受理申请{{requests.received.total}}件。\n';
    const result = await build('city', 'city', project({ 'submissions/finance.yaml': own }), { ...options, perAgency: true });
    expect(result.failed).toBe(false);
    expect([...result.outputs.keys()].sort()).toEqual(['agencies/finance.md', 'agencies/police.md', 'report.json', 'report.md']);
    const agency = text(result.outputs.get('agencies/finance.md'));
    expect(agency).toContain('# 示例市财政局2023年政府信息公开工作年度报告');
    expect(agency).toContain('本局全年受理申请132件。');
  });

  it('locates a placeholder error inside a submission narrative at its YAML line', async () => {
    const own = finance + 'narrative:\n  overview: |\n    本局全年受理申请{{requests.recieved.total}}件。\n';
    const result = await build('city', 'city', project({ 'submissions/finance.yaml': own }), { ...options, perAgency: true });
    expect(result.diagnostics.filter((d) => d.code !== 'narrative/empty-problems').map((d) => [d.code, d.file, d.line])).toEqual([['narrative/placeholder', 'city/submissions/finance.yaml', 51]]);
  });

  it('dates the report by report.yaml `date:`, or else by the day in China at the build instant', async () => {
    const dated = await build('city', 'city', project({ 'report.yaml': reportYaml + 'date: 2024-01-31\n' }), options);
    expect(text(dated.outputs.get('report.md'))).toContain('示例市人民政府办公厅  \n2024年1月31日\n');
    // 23:30 UTC on 30 January is 07:30 on 31 January in Beijing.
    const early = await build('city', 'city', project(), { ...options, date: new Date(Date.UTC(2024, 0, 30, 23, 30)) });
    expect(text(early.outputs.get('report.md'))).toContain('示例市人民政府办公厅  \n2024年1月31日\n');
  });

  it('refuses a report.yaml `date:` that is not a calendar day, at its line', async () => {
    const result = await build('city', 'city', project({ 'report.yaml': reportYaml + 'date: 2024-02-30\n' }), options);
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['schema/value', 'city/report.yaml', 9, 7]]);
    expect(result.diagnostics[0]).toMatchObject({ messageId: 'date', data: { found: '2024-02-30' } });
  });

  it('reports its progress through checking and then rendering every report', async () => {
    const seen: string[] = [];
    const result = await build('city', 'city', project(), { ...options, perAgency: true, onProgress: (done, total, stage) => seen.push(`${stage} ${done}/${total}`) });
    expect(result.failed).toBe(false);
    expect(seen.filter((s) => s.startsWith('render'))).toEqual(['render 0/3', 'render 1/3', 'render 2/3', 'render 3/3']);
    const lastScan = seen.map((s) => s.startsWith('scan')).lastIndexOf(true);
    expect(seen.indexOf('render 0/3')).toBeGreaterThan(lastScan);
  });
});
