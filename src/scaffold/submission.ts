// `report new`: a submission with every cell 0, each key commented with its printed
// label, written from the format description.
import { stringify } from 'yaml';
import { cellsOf, cellTree, isCell, pathKey, type Cell, type CellTree } from '../formats/cells.js';
import { valueAt } from '../formats/figures.js';
import type { FormatDescription } from '../formats/types.js';

export interface ScaffoldOptions {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  readonly year: number;
  readonly format: FormatDescription;
  /**
   * Where editors find the JSON Schema, relative to the written file or absolute; none
   * from the single executable, which has no schemas folder (`report schema` prints it).
   */
  readonly schemaUrl?: string;
  /** Figures to write instead of 0 (report convert): every cell it gives, totals included, and its narrative. */
  readonly value?: Readonly<Record<string, unknown>>;
}

const quote = (text: string): string => JSON.stringify(text);

/** A figure as YAML writes it: a number plainly, anything else quoted so it reads back the same. */
const scalar = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value ?? null));

export function scaffoldSubmission(options: ScaffoldOptions): string {
  const { format } = options;
  const model = cellsOf(format);
  const lines = [
    ...(options.schemaUrl !== undefined ? [`# yaml-language-server: $schema=${options.schemaUrl}`] : []),
    `# 政府信息公开工作年度报告 · ${options.name} · ${options.year}年 · ${format.id}（${format.basis}）`,
    options.value ? '# 由 `report convert` 转换而来：数字与原文件相同。' : '# 每一项都先填了0，请改成本单位的数字。没有的填0，不要留空，也不要填“/”或“无”。',
    '# “总计”可以不填，工具会自动相加；填了的，会核对是否等于各项之和。',
    `id: ${options.id}`,
    `name: ${quote(options.name)}`,
    ...(options.group ? [`group: ${quote(options.group)}`] : []),
    `year: ${options.year}`,
    `format: ${format.id}`,
  ];
  const emit = (node: CellTree, path: readonly string[], depth: number): void => {
    const indent = '  '.repeat(depth);
    for (const [key, child] of node.children) {
      const here = [...path, key];
      const label = model.labels.get(pathKey(here))?.split(' · ').at(-1)?.split(' / ').at(-1);
      const comment = label ? ` # ${label}` : '';
      if (isCell(child)) lines.push(`${indent}${key}: ${options.value ? scalar(valueAt(options.value, child.path)) : '0'}${comment}`);
      else {
        if (depth === 0) lines.push('');
        lines.push(`${indent}${key}:${comment}`);
        emit(child, here, depth + 1);
      }
    }
  };
  const given = options.value;
  emit(cellTree(model.cells.filter((c: Cell) => (given ? valueAt(given, c.path) !== undefined : !c.derived && !c.optional))), [], 0);
  const narrative = given?.narrative;
  if (narrative !== null && typeof narrative === 'object' && Object.keys(narrative).length > 0) {
    lines.push('', stringify({ narrative }, { lineWidth: 0 }).trimEnd(), '');
    return lines.join('\n');
  }
  lines.push(
    '',
    '# 本单位自己年度报告的文字（Markdown 格式），供 `report build --per-agency` 使用：',
    '# narrative:',
    '#   overview: |',
    '#     一年来，本机关……',
    '#   problems: |',
    '#     ……',
    '',
  );
  return lines.join('\n');
}
