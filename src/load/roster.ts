// roster.yaml: the agencies expected to submit.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileSchema, createAjv } from '../validate/ajv.js';
import type { RosterEntry } from '../validate/rules/types.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-errors.js';
import type { SourceFile } from './source.js';

const rosterSchema = {
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
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' },
          name: { type: 'string', minLength: 1 },
          group: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;


export function readRoster(source: SourceFile): { entries?: RosterEntry[]; diagnostics: Diagnostic[] } {
  const check = compileSchema(createAjv(), rosterSchema);
  const diagnostics = schemaErrorsToDiagnostics(check(source.value), { source, schema: check.schema });
  if (diagnostics.length > 0) return { diagnostics };
  const agencies = (source.value.agencies ?? []) as { id: string; name: string; group?: string }[];
  const entries = agencies.map((a, i): RosterEntry => ({ id: a.id, name: a.name, ...(a.group === undefined ? {} : { group: a.group }), path: ['agencies', String(i), 'id'] }));
  return { diagnostics, entries };
}
