// report build on a mix of workbooks and YAML: the same figures as all-YAML, every
// mistake at its sheet and cell, and the open-data outputs (report.csv, report.xlsx).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportYaml, buildProject, projectOptions } from './helpers/project.js';
import { fixture, policeSubmission } from './helpers/submissions.js';
import { figuresOfYaml, fill, fillWithSheetJs, template } from './helpers/workbooks.js';

const finance = fixture('submissions/valid-gb2021.yaml');
const police = policeSubmission();
const config = reportYaml('gb2021', 2023, 'groups: [市级部门]\n');
const financeWorkbook = async () => fill(await template('gb2021', 'finance', '示例市财政局', 2023, '市级部门'), figuresOfYaml(finance));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const figuresOf = (json: string) => {
  const { units, ...figures } = JSON.parse(json);
  return { figures, units: units.map(({ sha256: _sha, ...u }: { sha256: string }) => u) };
};

describe('a project with a workbook and a YAML file', () => {
  it('builds to the same report.json figures as the all-YAML project', async () => {
    const yaml = await buildProject({ 'report.yaml': config, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police }, projectOptions(['json']));
    const mixed = await buildProject({ 'report.yaml': config, 'submissions/finance.xlsx': await financeWorkbook(), 'submissions/police.yaml': police }, projectOptions(['json']));
    expect(yaml.failed).toBe(false);
    // Part 五 is unwritten in both: the same warning, no error.
    expect(mixed.diagnostics.map((d) => d.code)).toEqual(yaml.diagnostics.map((d) => d.code));
    expect(mixed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(figuresOf(text(mixed.outputs.get('report.json')))).toEqual(figuresOf(text(yaml.outputs.get('report.json'))));
  });

  it('builds to the same figures when the workbook was filled in by another program (SheetJS)', async () => {
    const bytes = await fillWithSheetJs(await template('gb2021', 'finance', '示例市财政局', 2023, '市级部门'), figuresOfYaml(finance));
    const yaml = await buildProject({ 'report.yaml': config, 'submissions/finance.yaml': finance, 'submissions/police.yaml': police }, projectOptions(['json']));
    const mixed = await buildProject({ 'report.yaml': config, 'submissions/finance.xlsx': bytes, 'submissions/police.yaml': police }, projectOptions(['json']));
    expect(mixed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(figuresOf(text(mixed.outputs.get('report.json')))).toEqual(figuresOf(text(yaml.outputs.get('report.json'))));
  });

  it('a mistake typed in by another program (SheetJS) is found at its sheet and cell', async () => {
    const bytes = await fillWithSheetJs(await template('gb2021', 'finance', '示例市财政局', 2023, '市级部门'), { ...figuresOfYaml(finance), requests_received_business: '8件' });
    const result = await buildProject({ 'report.yaml': config, 'submissions/finance.xlsx': bytes, 'submissions/police.yaml': police }, projectOptions(['json']));
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.place])).toEqual([['schema/type', { kind: 'cell', sheet: '三', cell: 'E5' }]]);
  });

  it('fails with the mistake at its sheet and cell, and project rules point into the workbook', async () => {
    const bad = await fill(await financeWorkbook(), { requests_received_business: '8件' }, { id: 'police' });
    const result = await buildProject({ 'report.yaml': config, 'submissions/police.yaml': police, 'submissions/zz.xlsx': bad }, projectOptions(['json']));
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.file, d.code, d.place])).toEqual([
      ['p/submissions/zz.xlsx', 'schema/type', { kind: 'cell', sheet: '三', cell: 'E5' }],
      ['p/submissions/zz.xlsx', 'submission/duplicate', { kind: 'cell', sheet: 'meta', cell: 'B3' }],
    ]);
  });
});

it('--per-agency renders each agency\'s own report from its workbook, with the prose in its meta sheet', async () => {
  const bytes = await fill(await financeWorkbook(), {}, {});
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const meta = workbook.getWorksheet('meta')!;
  meta.addRow(['narrative.overview', '本机关全年新收申请{{requests.received.total}}件。']);
  const withProse = new Uint8Array(await workbook.xlsx.writeBuffer());
  const result = await buildProject({ 'report.yaml': config, 'submissions/finance.xlsx': withProse, 'submissions/police.yaml': police }, projectOptions(['md'], { perAgency: true }));
  expect(result.failed).toBe(false);
  expect(text(result.outputs.get('agencies/finance.md'))).toContain('本机关全年新收申请132件。');
});

describe('open data: report.csv and report.xlsx', () => {
  const build = async () =>
    buildProject({ 'report.yaml': config, 'submissions/finance.xlsx': await financeWorkbook(), 'submissions/police.yaml': police }, projectOptions(['json', 'csv', 'xlsx']));

  it('report.csv is UTF-8 with a BOM, and its units re-summed give report.json', async () => {
    const result = await build();
    expect(result.failed).toBe(false);
    const bytes = result.outputs.get('report.csv')!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = text(bytes).trimEnd().split('\r\n'); // TextDecoder drops the BOM
    expect(header).toBe('unit_id,unit_name,group,part,row,column,key,value');
    expect(lines).toContain('finance,示例市财政局,市级部门,三,一、本年新收政府信息公开申请数量,申请人情况 / 自然人,requests.received.individual,120');
    const sums = new Map<string, number>();
    const totals = new Map<string, string>();
    for (const line of lines) {
      const fields = line.split(',');
      const [id, key, value] = [fields[0], fields.at(-2)!, fields.at(-1)!];
      // Amounts summed in hundred-thousandths of a 万元, as integers: no binary rounding.
      if (id === '_total') totals.set(key, value);
      else sums.set(key, (sums.get(key) ?? 0) + Math.round(Number(value) * 1e6));
    }
    const json = JSON.parse(text(result.outputs.get('report.json')));
    const at = (key: string) => key.split('.').reduce((node, k) => node[k], json);
    expect(sums.size).toBeGreaterThan(200);
    for (const [key, sum] of sums) {
      expect(sum / 1e6, key).toBe(at(key));
      expect(Number(totals.get(key)), key).toBe(at(key));
    }
  });

  it('report.xlsx prints the consolidated tables and has units and groups sheets', async () => {
    const result = await build();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.outputs.get('report.xlsx') as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['二', '三', '四', '六', 'units', 'groups']);
    const requests = workbook.getWorksheet('三')!;
    expect(requests.getCell('A5').value).toBe('一、本年新收政府信息公开申请数量');
    expect(requests.getCell('J5').value).toBe(264);
    expect(requests.getCell('A2').isMerged).toBe(true);
    const units = workbook.getWorksheet('units')!;
    expect(units.getRow(3).getCell(1).value).toBe('finance');
    expect(units.getRow(4).getCell(1).value).toBe('police');
    const column = (units.getRow(2).values as unknown[]).indexOf('requests.received.individual');
    expect(units.getRow(1).getCell(column).value).toBe('三 / 一、本年新收政府信息公开申请数量 / 申请人情况 / 自然人');
    expect(units.getRow(3).getCell(column).value).toBe(parse(finance).requests.received.individual);
    const groups = workbook.getWorksheet('groups')!;
    expect(groups.getRow(3).values).toEqual(expect.arrayContaining(['市级部门', 2]));
    expect(groups.getRow(4).getCell(1).value).toBe('_total');
  });
});
