// The shipped examples build, and state the figures the real reports state.
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { diskFiles } from '../src/cli/files.js';
import { joined, readPdf } from './helpers/pdf.js';
import { projectOptions } from './helpers/project.js';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('examples/ningbo-2020', async () => {
  const result = await build('examples/ningbo-2020', 'ningbo-2020', diskFiles, projectOptions(['md', 'pdf', 'json']));

  it('builds clean: 28 agencies, all on the roster, continuity with last year', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.failed).toBe(false);
    const json = JSON.parse(text(result.outputs.get('report.json')));
    expect(json.units).toHaveLength(28);
  });

  it('reproduces the figures of the published report', () => {
    const json = JSON.parse(text(result.outputs.get('report.json')));
    expect(json.requests.received.total).toBe(3517);
    expect(json.appeals.reconsideration.total).toBe(126);
    expect(json.appeals.litigation_direct.total + json.appeals.litigation_after_reconsideration.total).toBe(142);
  });

  it('states 3517, 126 and 142 and the 3.1% and 53% falls in the PDF', async () => {
    const pdf = (await readPdf(result.outputs.get('report.pdf')!)).pages.map(joined).join('');
    expect(pdf).toContain('共受理政府信息公开申请3517件');
    expect(pdf).toContain('行政复议126件、行政诉讼142件，与上年相比分别减少3.1%和减少53%');
    const json = JSON.parse(text(result.outputs.get('report.json')));
    const received = ['individual', 'business', 'research', 'nonprofit', 'legal_services', 'other', 'total'].map((k) => json.requests.received[k]);
    expect(received.at(-1)).toBe(3517);
    expect(received.slice(0, -1).reduce((a: number, b: number) => a + b)).toBe(3517);
    // The row's seven cells, in order, right after its label and before the next row's.
    expect(pdf).toContain(`一、本年新收政府信息公开申请数量${received.join('')}二、上年结转`);
  });

  it('shows the four charts in the PDF, this year against last included', async () => {
    const pdf = (await readPdf(result.outputs.get('report.pdf')!)).pages.map(joined).join('');
    const captions = [...pdf.matchAll(/图(\d)(本年新收政府信息公开申请数量（申请人情况）|本年度办理结果|政府信息公开行政复议、行政诉讼情况|2020年与2019年比较)/g)].map((m) => m[1] + m[2]);
    expect(captions).toEqual(['1本年新收政府信息公开申请数量（申请人情况）', '2本年度办理结果', '3政府信息公开行政复议、行政诉讼情况', '42020年与2019年比较']);
    expect(pdf).toContain('3517（减少');
  });

  it('has its subtotal groups in report.yaml order, adding up to the whole', () => {
    const md = text(result.outputs.get('report.md'));
    const groups = [...md.matchAll(/(市级部门|区县（市）|乡镇（街道）)受理(\d+)件/g)].map((m) => [m[1], Number(m[2])]);
    expect(groups.map((g) => g[0])).toEqual(['市级部门', '区县（市）', '乡镇（街道）']);
    expect(groups.reduce((s, g) => s + (g[1] as number), 0)).toBe(3517);
  });
});

describe('examples/county-2023', () => {
  it('fails without --allow-missing, naming the township that has not submitted', async () => {
    const result = await build('examples/county-2023', 'county-2023', diskFiles, projectOptions(['json']));
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['roster/missing', 'examples/county-2023/roster.yaml', 13]]);
  });

  it('builds with --allow-missing, per agency too, quoting the processing fees', async () => {
    const result = await build('examples/county-2023', 'county-2023', diskFiles, projectOptions(['md', 'json'], { allowMissing: true, perAgency: true }));
    expect(result.failed).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['roster/missing', 'warning']]);
    const json = JSON.parse(text(result.outputs.get('report.json')));
    expect(json.processing_fees).toEqual({ charged: 4, collected: 1560, notices: 4, notice_amount: 1680 });
    expect(text(result.outputs.get('report.md'))).toContain('本年度共对4件政府信息公开申请收取信息处理费1560元。');
    expect([...result.outputs.keys()].filter((k) => k.startsWith('agencies/'))).toHaveLength(10);
  });
});
