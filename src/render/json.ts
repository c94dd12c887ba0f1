// report.json: the consolidated figures in the submission shape, every total filled in,
// plus the units summed. A valid submission to the next level up (formats.md, closure).
import type { Consolidation } from '../consolidate/consolidate.js';
import { nestCells } from '../consolidate/shape.js';
import type { FormatCells } from '../formats/cells.js';

export interface JsonIdentity {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly group?: string;
}

export function renderJson(consolidation: Consolidation, model: FormatCells, identity: JsonIdentity): string {
  const { figures, coverage } = consolidation.total;
  // Amounts are exact decimals of at most 4 places below 1e13: their shortest double
  // prints the same digits, so Number() loses nothing here.
  const tables = nestCells(model, (_, key) => {
    const value = figures.get(key);
    return value === undefined ? undefined : typeof value === 'object' ? Number(value.toString()) : value;
  });
  const document = {
    id: identity.id,
    name: identity.name,
    ...(identity.group ? { group: identity.group } : {}),
    year: identity.year,
    format: consolidation.format.id,
    ...tables,
    units: consolidation.units,
    ...(coverage.size > 0 ? { coverage: Object.fromEntries(coverage) } : {}),
  };
  // A count beyond 2^53 is a BigInt: written as its digits, which JSON allows.
  const big: string[] = [];
  const text = JSON.stringify(document, (_, value) => (typeof value === 'bigint' ? `\u0000big${big.push(value.toString()) - 1}` : value), 2);
  if (big.length === 0) return text + '\n';
  return text.replace(/"\\u0000big(\d+)"/g, (_, i: string) => big[Number(i)]) + '\n';
}
