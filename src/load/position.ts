// Key path → the 1-based line and column of a YAML node, for diagnostics.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { SourceFile } from './source.js';

import type { Locatable, Position } from '../diagnostics/diagnostic.js';

export type { Locatable, Position } from '../diagnostics/diagnostic.js';

/**
 * Where `path` stands in the source: its value node, or with `at: 'key'` its key.
 * When the path runs out of the document (a missing key), the deepest node found.
 */
export function positionOf(source: SourceFile, path: readonly string[], at: 'value' | 'key' = 'value'): Position {
  let node: Node | null = source.document.contents as Node | null;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!found) break;
      pair = found as Pair;
      node = (found.value as Node | null) ?? null;
      if (node === null) break;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      pair = undefined;
      node = item;
    } else break;
  }
  const keyNode = pair?.key as Node | undefined;
  const target = at === 'key' && keyNode ? keyNode : (node ?? keyNode);
  const offset = target?.range?.[0] ?? keyNode?.range?.[0] ?? 0;
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

export function locatable(source: SourceFile): Locatable {
  return { file: source.file, locate: (path, at) => positionOf(source, path, at) };
}
