// The submission check of each format. `npm run build` writes each format's validator
// out as code (lib/validate/compiled/), so that a run does not spend its first quarter
// second compiling; a schema that changed since falls back to compiling.
import type { Ajv } from 'ajv';
import { findFormat } from '../formats/index.js';
import type { FormatDescription } from '../formats/types.js';
import { checkOf, type SchemaCheck } from '../schema/check.js';
import { loadCompiler, precompiledValidator } from '../schema/precompiled.js';
import { submissionSchema } from './schema.js';

/** The submission check of each format, made on first use. */
export function submissionSchemaChecks(): (format: FormatDescription) => SchemaCheck {
  const checks = new Map<string, SchemaCheck>();
  let ajv: Ajv | undefined;
  return (format) => {
    const known = checks.get(format.id);
    if (known) return known;
    const schema = submissionSchema(findFormat(format.id)!);
    const validate = precompiledValidator(format.id, schema) ?? (ajv ??= loadCompiler()).compile(schema);
    const check = checkOf(validate, schema);
    checks.set(format.id, check);
    return check;
  };
}
