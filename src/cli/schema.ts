// `report schema [--format gb2021]`
import { UsageError } from '../diagnostics/errors.js';
import { oneOf } from '../diagnostics/messages/localized.js';
import { findFormat, formatIds } from '../formats/index.js';
import { submissionSchema } from '../validate/schema.js';

export function schemaText(formatId: string): string {
  const format = findFormat(formatId);
  if (!format) throw new UsageError('format-unknown', { given: formatId, choices: oneOf(formatIds) });
  return JSON.stringify(submissionSchema(format), null, 2) + '\n';
}

/** `report schema`: the JSON Schema on stdout. */
export function printSchema(options: { format: string }): void {
  process.stdout.write(schemaText(options.format));
}
