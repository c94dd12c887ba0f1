// JSON Schema checking with ajv, for every input that has a schema: submissions
// (validate/), report.yaml and roster.yaml (load/).
import { createHash } from 'node:crypto';
import { _, Ajv, type ErrorObject, type KeywordCxt, type ValidateFunction } from 'ajv';

export type JsonSchema = { readonly [key: string]: unknown };

export interface SchemaCheck {
  (value: unknown): readonly ErrorObject[];
  readonly schema: JsonSchema;
}

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true } });
  ajv.addKeyword({
    keyword: 'decimalPlaces',
    type: 'number',
    schemaType: 'number',
    // The shortest decimal text of the number (amounts stay below 1e13, so no exponent
    // but for tiny values, which then fail as they should).
    code(cxt: KeywordCxt) {
      const places = cxt.schema as number;
      cxt.fail(_`!new RegExp(${`^-?\\d+(?:\\.\\d{0,${places}})?$`}).test(String(${cxt.data}))`);
    },
    error: { message: 'too many decimal places', params: ({ schema }) => _`{places: ${schema}}` },
  });
  return ajv;
}

export function checkOf(validate: ValidateFunction, schema: JsonSchema): SchemaCheck {
  return Object.assign((value: unknown) => (validate(value) ? [] : (validate.errors ?? [])), { schema });
}

export function compileSchema(ajv: Ajv, schema: JsonSchema): SchemaCheck {
  return checkOf(ajv.compile(schema), schema);
}

/** A fingerprint of a schema, written beside its precompiled validator. */
export function schemaHash(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}
