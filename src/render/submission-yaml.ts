// A submission as YAML text in the format's printed order, rows as one-line mappings:
// what `report import` writes, for a person to read next to the original.
import { cellsOf, cellTree, isCell, pathKey, type CellTree } from '../formats/cells.js';
import type { FormatDescription } from '../formats/types.js';

const quote = (text: string): string => JSON.stringify(text);

export interface SubmissionHead {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly format: FormatDescription;
}

/**
 * `values` by dotted key path; cells without a value are left out (a total is then
 * computed). `undivided` names rows printed whole where the format divides them (the
 * 2019 （六）其他处理 in a gb2021 report): their figures stand on the row itself.
 */
export function submissionYaml(head: SubmissionHead, values: ReadonlyMap<string, number>, comments: readonly string[], undivided: ReadonlySet<string> = new Set()): string {
  const lines = [...comments.map((c) => `# ${c}`), `id: ${head.id}`, `name: ${quote(head.name)}`, `year: ${head.year}`, `format: ${head.format.id}`];
  const present = (node: CellTree, path: readonly string[]): boolean =>
    [...node.children].some(([key, child]) => (isCell(child) ? values.has(pathKey([...path, key])) : present(child, [...path, key])));
  const emit = (node: CellTree, path: readonly string[], depth: number): void => {
    const indent = '  '.repeat(depth);
    for (const [key, child] of node.children) {
      const here = [...path, key];
      if (isCell(child)) {
        const value = values.get(pathKey(here));
        if (value !== undefined) lines.push(`${indent}${key}: ${value}`);
        continue;
      }
      const leaves = [...child.children].every(([, c]) => isCell(c));
      if (leaves) {
        const given = [...child.children.keys()].filter((k) => values.has(pathKey([...here, k])));
        if (given.length > 0) lines.push(`${indent}${key}: {${given.map((k) => `${k}: ${values.get(pathKey([...here, k]))}`).join(', ')}}`);
        continue;
      }
      if (undivided.has(pathKey(here))) {
        const prefix = `${pathKey(here)}.`;
        const row = [...values].filter(([k]) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'));
        lines.push(`${indent}${key}: {${row.map(([k, v]) => `${k.slice(prefix.length)}: ${v}`).join(', ')}}`);
        continue;
      }
      if (!present(child, here)) continue;
      lines.push(`${indent}${key}:`);
      emit(child, here, depth + 1);
    }
  };
  emit(cellTree(cellsOf(head.format).cells), [], 0);
  return `${lines.join('\n')}\n`;
}
