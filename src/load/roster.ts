// roster.yaml: the agencies expected to submit.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileSchema, createAjv } from '../validate/ajv.js';
import type { RosterEntry } from '../validate/rules/types.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-errors.js';
import type { SourceFile } from './source.js';
import { yamlDocument } from '../read/yaml.js';

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
  const diagnostics = schemaErrorsToDiagnostics(check(source.value), { source: yamlDocument(source), schema: check.schema });
  if (diagnostics.length > 0) return { diagnostics };
  const agencies = (source.value.agencies ?? []) as { id: string; name: string }[];
  return { diagnostics, entries: agencies.map((a, i) => ({ id: a.id, name: a.name, path: ['agencies', String(i), 'id'] })) };
}
