// JSON Schema checking with ajv, for every input that has a schema: submissions
// (validate/), report.yaml and roster.yaml (load/).
import { _, Ajv } from 'ajv';
import { checkOf, type JsonSchema, type SchemaCheck } from './check.js';
import { createAjvFrom } from './compiler.js';

export { checkOf, schemaHash, type JsonSchema, type SchemaCheck } from './check.js';

export function createAjv(): Ajv {
  return createAjvFrom({ Ajv, _ });
}

export function compileSchema(ajv: Ajv, schema: JsonSchema): SchemaCheck {
  return checkOf(ajv.compile(schema), schema);
}
