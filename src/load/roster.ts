// roster.yaml: the agencies expected to submit.
import { idPattern } from '../formats/shared.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { precompiledCheck } from '../schema/precompiled.js';
import type { KeyPath } from '../formats/cells.js';
import { schemaErrorsToDiagnostics } from '../schema/errors.js';
import { locatable } from './position.js';
import type { SourceFile } from './source.js';

export interface RosterEntry {
  readonly id: string;
  readonly name: string;
  /** Its subtotal group, for submissions that name none. */
  readonly group?: string;
  /** Where its `id` is: `agencies.N.id`. */
  readonly path: KeyPath;
}

export const rosterSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['agencies'],
  properties: {
    agencies: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', pattern: idPattern },
          name: { type: 'string', minLength: 1 },
          group: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;


export function readRoster(source: SourceFile): { entries?: RosterEntry[]; diagnostics: Diagnostic[] } {
  const check = precompiledCheck('roster', rosterSchema);
  const diagnostics = schemaErrorsToDiagnostics(check(source.value), { value: source.value, target: locatable(source), schema: check.schema });
  if (diagnostics.length > 0) return { diagnostics };
  const agencies = (source.value.agencies ?? []) as { id: string; name: string; group?: string }[];
  const entries = agencies.map((a, i): RosterEntry => ({ id: a.id, name: a.name, ...(a.group === undefined ? {} : { group: a.group }), path: ['agencies', String(i), 'id'] }));
  return { diagnostics, entries };
}
