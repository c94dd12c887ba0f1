// Compiles the generated submission schemas with ajv. `npm run build` also writes each
// format's validator out as code (lib/validate/compiled/), so that a run does not spend
// its first quarter second compiling; a schema that changed since falls back to compiling.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { _, Ajv, type ErrorObject, type KeywordCxt, type ValidateFunction } from 'ajv';
import { findFormat } from '../formats/index.js';
import type { FormatDescription } from '../formats/types.js';
import { submissionSchema, type JsonSchema } from './schema.js';

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

function checkOf(validate: ValidateFunction, schema: JsonSchema): SchemaCheck {
  return Object.assign((value: unknown) => (validate(value) ? [] : (validate.errors ?? [])), { schema });
}

export function compileSchema(ajv: Ajv, schema: JsonSchema): SchemaCheck {
  return checkOf(ajv.compile(schema), schema);
}

/** A fingerprint of a schema, written beside its precompiled validator. */
export function schemaHash(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}

const require = createRequire(import.meta.url);

function precompiled(id: string, schema: JsonSchema): ValidateFunction | undefined {
  try {
    const module = require(`./compiled/${id}.cjs`) as { default: ValidateFunction; schemaHash: string };
    return module.schemaHash === schemaHash(schema) ? module.default : undefined;
  } catch {
    return undefined;
  }
}

/** The submission check of each format, made on first use. */
export function submissionSchemaChecks(): (format: FormatDescription) => SchemaCheck {
  const checks = new Map<string, SchemaCheck>();
  let ajv: Ajv | undefined;
  return (format) => {
    const known = checks.get(format.id);
    if (known) return known;
    const schema = submissionSchema(findFormat(format.id)!);
    const validate = precompiled(format.id, schema) ?? (ajv ??= createAjv()).compile(schema);
    const check = checkOf(validate, schema);
    checks.set(format.id, check);
    return check;
  };
}
