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
    options.value ? '# Converted by `report convert`: the figures are those of the source file.' : '# Every cell starts at 0: replace it with your figure. Write 0, never a blank, "/" or "无".',
    '# The 总计 cells may be left out: they are computed, and checked when you give them.',
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
    "# Your own report's prose (Markdown), used by `report build --per-agency`:",
    '# narrative:',
    '#   overview: |',
    '#     一年来，本机关……',
    '#   problems: |',
    '#     ……',
    '',
  );
  return lines.join('\n');
}
