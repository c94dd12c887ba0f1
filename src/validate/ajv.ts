// Compiles the generated submission schemas with ajv, once per format.
import { Ajv, type ErrorObject } from 'ajv';
import { formatIds, formats } from '../formats/index.js';
import type { FormatDescription } from '../formats/types.js';
import { decimalPlaces } from '../numbers/decimal.js';
import { submissionSchema, type JsonSchema } from './schema.js';

export type SchemaCheck = (value: unknown) => readonly ErrorObject[];

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  ajv.addKeyword({
    keyword: 'decimalPlaces',
    type: 'number',
    schemaType: 'number',
    errors: true,
    validate: (places: number, data: number) => decimalPlaces(data) <= places,
  });
  return ajv;
}

export function compileSchema(ajv: Ajv, schema: JsonSchema): SchemaCheck {
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []));
}

/** One compiled check per national format. */
export function compileSubmissionSchemas(): Record<FormatDescription['id'], SchemaCheck> {
  const ajv = createAjv();
  const checks = formatIds.map((id) => [id, compileSchema(ajv, submissionSchema(formats[id]))] as const);
  return Object.fromEntries(checks) as Record<FormatDescription['id'], SchemaCheck>;
}
