// A schema check as the stages use it, and a schema's fingerprint: nothing here loads ajv,
// so a run whose validators are all precompiled never does.
import { createHash } from 'node:crypto';
import type { ErrorObject, ValidateFunction } from 'ajv';

export type JsonSchema = { readonly [key: string]: unknown };

export interface SchemaCheck {
  (value: unknown): readonly ErrorObject[];
  readonly schema: JsonSchema;
}

export function checkOf(validate: ValidateFunction, schema: JsonSchema): SchemaCheck {
  return Object.assign((value: unknown) => (validate(value) ? [] : (validate.errors ?? [])), { schema });
}

/** A fingerprint of a schema, written beside its precompiled validator. */
export function schemaHash(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}
