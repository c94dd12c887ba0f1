// Checks whose validators `npm run build` writes out as code (src/validate/precompile.ts,
// into lib/validate/compiled/<name>.cjs with the hash of the schema they were made from),
// so that a run neither compiles them nor loads ajv's compiler; a schema that changed
// since, or a missing file, falls back to compiling.
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { runShippedModule } from '../shipped-files.js';
import { checkOf, schemaHash, type JsonSchema, type SchemaCheck } from './check.js';
import { createAjvFrom, type AjvModule } from './compiler.js';

/** A CommonJS module's function, however it was imported (from ESM, or in a bundle). */
function functionOf(module: unknown): unknown {
  let value = module;
  while (typeof value === 'object' && value !== null && 'default' in value) value = value.default;
  return value;
}

/** What the precompiled validators require: ajv's standalone code needs only these. */
export const validatorRuntime = {
  'ajv/dist/runtime/ucs2length': { default: functionOf(ucs2lengthModule) },
  'ajv/dist/runtime/equal': { default: functionOf(equalModule) },
};

/** The validator `npm run build` wrote for `name`, if it was made from this very schema. */
export function precompiledValidator(name: string, schema: JsonSchema): ValidateFunction | undefined {
  try {
    // Run from the shipped file, so the single executable (which cannot require from disk) takes the same path.
    const module = runShippedModule(`lib/validate/compiled/${name}.cjs`, validatorRuntime) as { default: ValidateFunction; schemaHash: string };
    return module.schemaHash === schemaHash(schema) ? module.default : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ajv's compiler, loaded only for a validator older than its schema (lib/ compiled again
 * without the rest of `npm run build`, or tests run from src/ after a schema changed): a
 * run with current validators never loads it. The single executable's validators are
 * built with it, so it never comes here (and could not require from disk).
 */
export function loadCompiler(): Ajv {
  return createAjvFrom(createRequire(import.meta.url)('ajv') as AjvModule);
}

const checks = new Map<string, SchemaCheck>();

/** The check of `schema`: precompiled when it is current, else compiled now; made once per process (a watch session reads report.yaml and the roster at every build). */
export function precompiledCheck(name: string, schema: JsonSchema): SchemaCheck {
  const known = checks.get(name);
  if (known?.schema === schema) return known;
  const check = checkOf(precompiledValidator(name, schema) ?? loadCompiler().compile(schema), schema);
  checks.set(name, check);
  return check;
}
