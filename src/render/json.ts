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

/** What report.json carries besides the figures: the parts' rendered text (next year's repeated-text check), the missing units, the explanations published. */
export interface JsonExtras {
  readonly narrative?: Readonly<Record<string, string>>;
  readonly missing_units?: readonly { readonly id: string; readonly name: string }[];
  readonly explanations?: readonly { readonly code: string; readonly path?: string; readonly quote?: string; readonly reason: string }[];
}

export function renderJson(consolidation: Consolidation, model: FormatCells, identity: JsonIdentity, extras: JsonExtras = {}): string {
  const { figures, coverage } = consolidation.total;
  // Amounts are exact decimals of at most 4 places below 1e13: their shortest double
  // prints the same digits, so Number() loses nothing here.
  const tables = nestCells(model, (_, key) => {
    const value = figures.get(key);
    return value === undefined ? undefined : Number(value.toString());
  });
  const document = {
    id: identity.id,
    name: identity.name,
    ...(identity.group ? { group: identity.group } : {}),
    year: identity.year,
    format: consolidation.format.id,
    ...(extras.narrative ? { narrative: extras.narrative } : {}),
    ...tables,
    units: consolidation.units,
    ...(coverage.size > 0 ? { coverage: Object.fromEntries(coverage) } : {}),
    ...(extras.missing_units && extras.missing_units.length > 0 ? { missing_units: extras.missing_units } : {}),
    ...(extras.explanations && extras.explanations.length > 0 ? { explanations: extras.explanations } : {}),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
