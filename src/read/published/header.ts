// Which format cell each printed column stands for, from the header rows above the
// figures: a column is named by the deepest label printed over it, and where that label
// occurs more than once in the format (结果维持 under 行政复议 and twice under 行政诉讼) by
// the labels above it. Header and figure columns need not line up one to one.
import type { KeyPath } from '../../formats/cells.js';
import type { HeaderNode } from '../../formats/types.js';
import { bestMatches, loose } from './labels.js';
import type { TableSlot } from './document.js';

export interface ColumnLeaf {
  readonly path: KeyPath;
  /** Printed labels from the top of the tree down to the leaf. */
  readonly chain: readonly string[];
  readonly total: boolean;
}

export function columnLeaves(nodes: readonly HeaderNode[]): ColumnLeaf[] {
  const out: ColumnLeaf[] = [];
  const walk = (list: readonly HeaderNode[], path: readonly string[], chain: readonly string[]): void => {
    for (const node of list) {
      const here = node.key === undefined ? path : [...path, node.key];
      if (node.children) walk(node.children, here, [...chain, node.label]);
      else out.push({ path: here, chain: [...chain, node.label], total: node.total === true });
    }
  };
  walk(nodes, [], []);
  return out;
}

/** The distinct printed texts over a column, top down, blanks left out. */
export function columnStack(header: readonly (readonly TableSlot[])[], column: number): string[] {
  const stack: string[] = [];
  let lastCell = -1;
  for (const row of header) {
    const slot = row[column];
    if (!slot || slot.cell === lastCell) continue;
    lastCell = slot.cell;
    const text = loose(slot.text);
    if (text !== '' && stack.at(-1) !== text) stack.push(text);
  }
  return stack;
}

/** For each column of the table, the leaf printed over it (undefined for stub columns and unknown ones). */
export function matchColumns(header: readonly (readonly TableSlot[])[], width: number, leaves: readonly ColumnLeaf[]): (ColumnLeaf | undefined)[] {
  return Array.from({ length: width }, (_, c) => {
    const stack = columnStack(header, c);
    const deepest = stack.at(-1);
    if (deepest === undefined) return undefined;
    const candidates = bestMatches(deepest, leaves, (l) => l.chain.at(-1)!);
    if (candidates.length <= 1) return candidates[0];
    const above = stack.slice(0, -1);
    const score = (leaf: ColumnLeaf): number => leaf.chain.slice(0, -1).filter((label) => above.some((t) => bestMatches(t, [label], (x) => x).length > 0)).length;
    const best = Math.max(...candidates.map(score));
    const winners = candidates.filter((l) => score(l) === best);
    return winners.length === 1 ? winners[0] : undefined;
  });
}
