// The submission check of each format. `npm run build` writes each format's validator
// out as code (lib/validate/compiled/), so that a run does not spend its first quarter
// second compiling; a schema that changed since falls back to compiling.
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { findFormat } from '../formats/index.js';
import type { FormatDescription } from '../formats/types.js';
import { checkOf, schemaHash, type JsonSchema, type SchemaCheck } from '../schema/check.js';
import { createAjvFrom, type AjvModule } from '../schema/compiler.js';
import { runShippedModule } from '../shipped-files.js';
import { submissionSchema } from './schema.js';

/** A CommonJS module's function, however it was imported (from ESM, or in a bundle). */
function functionOf(module: unknown): unknown {
  let value = module;
  while (typeof value === 'object' && value !== null && 'default' in value) value = value.default;
  return value;
}

/** What the precompiled validators require: ajv's standalone code needs only this. */
const validatorRuntime = { 'ajv/dist/runtime/ucs2length': { default: functionOf(ucs2lengthModule) } };

function precompiled(id: string, schema: JsonSchema): ValidateFunction | undefined {
  try {
    // Run from the shipped file, so the single executable (which cannot require from disk) takes the same path.
    const module = runShippedModule(`lib/validate/compiled/${id}.cjs`, validatorRuntime) as { default: ValidateFunction; schemaHash: string };
    return module.schemaHash === schemaHash(schema) ? module.default : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ajv's compiler, loaded only for a validator older than its schema (lib/ compiled again
 * without the rest of `npm run build`, or tests run from src/ after a format changed): a
 * run with current validators never loads it. The single executable's validators are
 * built with it, so it never comes here (and could not require from disk).
 */
function loadCompiler(): Ajv {
  return createAjvFrom(createRequire(import.meta.url)('ajv') as AjvModule);
}

/** The submission check of each format, made on first use. */
export function submissionSchemaChecks(): (format: FormatDescription) => SchemaCheck {
  const checks = new Map<string, SchemaCheck>();
  let ajv: Ajv | undefined;
  return (format) => {
    const known = checks.get(format.id);
    if (known) return known;
    const schema = submissionSchema(findFormat(format.id)!);
    const validate = precompiled(format.id, schema) ?? (ajv ??= loadCompiler()).compile(schema);
    const check = checkOf(validate, schema);
    checks.set(format.id, check);
    return check;
  };
}
