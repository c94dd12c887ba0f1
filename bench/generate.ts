// Synthetic valid submissions at any scale, written as a project folder: consistent
// figures in every cell (一 + 二 = 三 + 四 per column), from the format description.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellsOf, pathKey, type FormatCells } from '../src/formats/cells.js';
import { formats } from '../src/formats/index.js';
import { parse as parseYaml } from 'yaml';
import { scaffoldWorkbook } from '../src/scaffold/workbook.js';
import type { FormatDescription } from '../src/formats/types.js';

/** A small seeded generator (mulberry32), so every run writes the same files. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One submission as YAML text, in the compact style of the examples. */
export function submissionText(format: FormatDescription, model: FormatCells, index: number, year: number, next: () => number): string {
  const values = new Map<string, number | string>();
  const int = (max: number): number => Math.floor(next() * (max + 1));
  for (const cell of model.cells) {
    if (cell.derived || cell.optional) continue;
    const key = pathKey(cell.path);
    if (cell.type === 'count') values.set(key, int(cell.path[0] === 'requests' ? 12 : 400));
    else if (cell.type === 'signed') values.set(key, int(20) - 10);
    else values.set(key, (int(10_000_000) / (cell.type === 'wan' ? 10_000 : 100)).toString());
  }
  // gb2019: everything published so far includes this year's (active/total-published).
  for (const [key, value] of values) {
    if (key.endsWith('.total_published')) values.set(key, (values.get(key.replace(/total_published$/, 'published')) as number) + (value as number));
  }
  for (const column of model.requestColumns.filter((c) => !c.total)) {
    const at = (row: readonly string[]): string => pathKey(['requests', ...row, ...column.path]);
    const results = model.requestRows.filter((r) => r.path[0] === 'results' && !r.total).reduce((s, r) => s + (values.get(at(r.path)) as number), 0);
    const forward = values.get(at(['carried_forward'])) as number;
    const over = Math.min(values.get(at(['carried_over'])) as number, results + forward);
    values.set(at(['carried_over']), over);
    values.set(at(['received']), results + forward - over);
  }
  const lines = [`id: unit-${index}`, `name: 示例单位${index}`, `group: ${index % 3 === 0 ? '市级部门' : index % 3 === 1 ? '区县（市）' : '乡镇（街道）'}`, `year: ${year}`, `format: ${format.id}`];
  // Leaf rows as flow mappings, one line each, nested under their parents.
  const rows = new Map<string, string[]>();
  for (const [key, value] of values) {
    const parts = key.split('.');
    const row = parts.slice(0, -1).join('.');
    if (!rows.has(row)) rows.set(row, []);
    rows.get(row)!.push(`${parts.at(-1)}: ${value}`);
  }
  const opened = new Set<string>();
  for (const [row, cells] of rows) {
    const parts = row.split('.');
    for (let depth = 0; depth < parts.length - 1; depth++) {
      const prefix = parts.slice(0, depth + 1).join('.');
      if (!opened.has(prefix)) {
        opened.add(prefix);
        lines.push(`${'  '.repeat(depth)}${parts[depth]}:`);
      }
    }
    lines.push(`${'  '.repeat(parts.length - 1)}${parts.at(-1)}: {${cells.join(', ')}}`);
  }
  return lines.join('\n') + '\n';
}

export function generateProject(dir: string, count: number, formatId: 'gb2019' | 'gb2021'): void {
  const format = formats[formatId];
  const year = formatId === 'gb2019' ? 2020 : 2023;
  const next = random(count * 7 + year);
  const model = cellsOf(format);
  mkdirSync(join(dir, 'submissions'), { recursive: true });
  writeFileSync(
    join(dir, 'report.yaml'),
    `title: 示例省${year}年政府信息公开工作年度报告\nregion: 示例省\nyear: ${year}\nformat: ${formatId}\ncompiled_by: 示例省人民政府办公厅\ngroups: [市级部门, 区县（市）, 乡镇（街道）]\noutput: {dir: dist, formats: [json, md]}\n`,
  );
  for (let i = 0; i < count; i++) {
    const shard = join(dir, 'submissions', String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(shard, { recursive: true });
    writeFileSync(join(shard, `unit-${i}.yaml`), submissionText(format, model, i, year, next));
  }
}

/**
 * The same project with every submission a workbook, as `report new --xlsx` writes them
 * and an agency fills them: figures typed into the input cells, the 总计 formulas left
 * (without cached values, as a program that does not calculate leaves them).
 */
export async function generateWorkbookProject(dir: string, count: number, formatId: 'gb2019' | 'gb2021'): Promise<void> {
  const format = formats[formatId];
  const year = formatId === 'gb2019' ? 2020 : 2023;
  const next = random(count * 7 + year);
  const model = cellsOf(format);
  mkdirSync(join(dir, 'submissions'), { recursive: true });
  writeFileSync(
    join(dir, 'report.yaml'),
    `title: 示例省${year}年政府信息公开工作年度报告\nregion: 示例省\nyear: ${year}\nformat: ${formatId}\ncompiled_by: 示例省人民政府办公厅\ngroups: [市级部门, 区县（市）, 乡镇（街道）]\noutput: {dir: dist, formats: [json, md]}\n`,
  );
  for (let i = 0; i < count; i++) {
    const shard = join(dir, 'submissions', String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(shard, { recursive: true });
    const value = parseYaml(submissionText(format, model, i, year, next)) as Record<string, unknown>;
    for (const cell of model.cells) if (cell.derived) deleteAt(value, cell.path);
    const bytes = await scaffoldWorkbook({ id: String(value.id), name: String(value.name), group: value.group as string | undefined, year, format, generator: 'report bench', value });
    writeFileSync(join(shard, `unit-${i}.xlsx`), bytes);
  }
}

function deleteAt(value: Record<string, unknown>, path: readonly string[]): void {
  let node: unknown = value;
  for (const key of path.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[key];
  if (node && typeof node === 'object') delete (node as Record<string, unknown>)[path[path.length - 1]];
}
