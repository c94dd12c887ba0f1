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
  // An amount is written as a JSON number with exactly its decimal digits: a sum of many
  // units may have more significant digits than a double keeps, and then Number() would
  // round it. Those few are spliced in as raw number text after JSON.stringify.
  const exact = new Map<string, string>();
  const tables = nestCells(model, (_, key) => {
    const value = figures.get(key);
    if (value === undefined) return undefined;
    if (typeof value === 'number') return value;
    const text = value.toFixed();
    if (String(Number(text)) === text) return Number(text);
    const token = `\u0000exact${exact.size}`;
    exact.set(JSON.stringify(token), text);
    return token;
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
  let json = JSON.stringify(document, null, 2);
  for (const [token, text] of exact) json = json.replace(token, text);
  return json + '\n';
}
