// docs/formats.md is the contract users read: it names every key and printed label the
// format descriptions have, and every code of the catalog is documented somewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diagnostics/catalog.js';
import { leavesOf } from '../../src/formats/cells.js';
import { formats } from '../../src/formats/index.js';
import type { HeaderNode } from '../../src/formats/types.js';

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
const formatsMd = doc('formats.md');
const cliMd = doc('cli.md');

const labels = (nodes: readonly HeaderNode[]): string[] => nodes.flatMap((n) => [n.label, ...labels(n.children ?? [])]);

describe('docs/formats.md', () => {
  it.each(Object.values(formats))('names every key and label of $id', (format) => {
    const words = [
      format.basis,
      ...format.active.groups.flatMap((g) => [g.label, ...g.rows.flatMap((r) => [r.label, `\`${r.key}\``]), ...g.columns.flatMap((c) => [c.label, `\`${c.key}\``])]),
      ...format.active.notes,
      format.requests.cornerLabel,
      ...labels(format.requests.rows),
      ...leavesOf(format.requests.rows).map((l) => `\`${l.path.join('.')}\``),
      ...labels([format.requests.columns]),
      ...labels(format.appeals.columns),
      ...(format.processingFees?.fields.flatMap((f) => [f.label, `\`${f.key}\``]) ?? []),
    ];
    const missing = words.filter((w) => !formatsMd.includes(w));
    expect(missing).toEqual([]);
  });

  it('every code of the catalog is documented, in formats.md or cli.md', () => {
    const undocumented = Object.keys(catalog).filter((code) => !formatsMd.includes(`\`${code}\``) && !cliMd.includes(`\`${code}\``));
    expect(undocumented).toEqual([]);
  });
});
