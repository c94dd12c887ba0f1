// `report schema [--format gb2021]`
import type { Command } from 'commander';
import { UsageError } from '../diagnostics/errors.js';
import { oneOf } from '../diagnostics/messages/localized.js';
import { findFormat, formatIds } from '../formats/index.js';
import { submissionSchema } from '../validate/schema.js';

export function schemaText(formatId: string): string {
  const format = findFormat(formatId);
  if (!format) throw new UsageError('format-unknown', { given: formatId, choices: oneOf(formatIds) });
  return JSON.stringify(submissionSchema(format), null, 2) + '\n';
}

export function schemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a submission')
    .option('--format <id>', `${formatIds.join(' | ')}`, 'gb2021')
    .action((options: { format: string }) => {
      process.stdout.write(schemaText(options.format));
    });
}
