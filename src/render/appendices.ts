// The appendices printed after part 六, as document sections every renderer draws:
// 说明 (the findings report.yaml explains, with their reasons), 汇总范围 (the units
// summed, the 零报告 and the missing), and 更正说明 (what changed since a published build).
import type { Section } from './document.js';
import type { Grid, GridCell, GridRow } from './layout.js';

const head = (text: string): GridCell => ({ text, kind: 'head', rowspan: 1, colspan: 1 });
const stub = (text: string): GridCell => ({ text, kind: 'stub', rowspan: 1, colspan: 1 });
const value = (text: string): GridCell => ({ text, kind: 'text', rowspan: 1, colspan: 1 });

/** A plain table: a header row, then one row per entry; the first column is the row's name. */
export function textGrid(title: string, columns: readonly string[], rows: readonly (readonly string[])[]): Grid {
  const body: GridRow[] = rows.map((r) => ({ role: 'body', cells: [stub(r[0]), ...r.slice(1).map(value)] }));
  return { title, width: columns.length, rows: [{ role: 'head', cells: columns.map(head) }, ...body], notes: [] };
}

export interface ExplanationEntry {
  readonly code: string;
  readonly path?: string;
  readonly quote?: string;
  readonly reason: string;
}

export function explanationsSection(entries: readonly ExplanationEntry[]): Section {
  return {
    heading: '附：说明',
    text: '以下事项经核查属实，现将理由一并公开。',
    grid: textGrid('说明', ['事项', '所涉位置或原文', '理由'], entries.map((e) => [e.code, e.path ?? `“${e.quote}”`, e.reason])),
  };
}

export interface CoverageUnit {
  readonly name: string;
  readonly group?: string;
  readonly sha256: string;
  readonly zeroReturn: boolean;
}

export interface Coverage {
  readonly units: readonly CoverageUnit[];
  readonly missing: readonly { readonly name: string; readonly group?: string }[];
}

export function coverageSection(coverage: Coverage): Section {
  const zero = coverage.units.filter((u) => u.zeroReturn).length;
  const sentences = [`本报告汇总了${coverage.units.length}个单位报送的数据，其中零报告${zero}个。`];
  if (coverage.missing.length > 0) sentences.push(`另有${coverage.missing.length}个单位未报送，其数据未计入本报告。`);
  sentences.push('文件校验码为所汇总文件SHA-256值的前12位，可据以核对原始报送文件。');
  const rows = [
    ...coverage.units.map((u) => [u.name, u.group ?? '—', u.sha256.slice(0, 12), u.zeroReturn ? '零报告' : '']),
    ...coverage.missing.map((m) => [m.name, m.group ?? '—', '—', '未报送']),
  ];
  return { heading: '附：汇总范围', text: sentences.join(''), grid: textGrid('汇总范围', ['单位名称', '分组', '文件校验码', '备注'], rows) };
}
