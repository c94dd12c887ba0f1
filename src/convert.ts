// `report convert` without the disk: a submission read by any reader, written as YAML
// or as a workbook. Only a submission without errors is converted, so a converted file
// holds the same figures and keys as its source.
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { findFormat } from './formats/index.js';
import type { ReadDocument } from './read/types.js';
import { scaffoldSubmission } from './scaffold/submission.js';
import { scaffoldWorkbook } from './scaffold/workbook.js';
import type { SubmissionValidator } from './validate/run.js';

export type ConvertTarget = 'yaml' | 'xlsx';

export type Converted = { readonly ok: true; readonly bytes: Uint8Array; readonly diagnostics: readonly Diagnostic[] } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface ConvertOptions {
  readonly to: ConvertTarget;
  readonly validate: SubmissionValidator;
  /** Where the YAML's editors find the schema, relative to the written file. */
  readonly schemaUrl: (formatId: string) => string | undefined;
  readonly generator: string;
}

export async function convertSubmission(document: ReadDocument, options: ConvertOptions): Promise<Converted> {
  const checked = options.validate(document);
  const format = findFormat(document.value.format);
  if (!format || checked.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: checked.diagnostics };
  const { value } = document;
  const identity = { id: String(value.id), name: String(value.name), group: typeof value.group === 'string' ? value.group : undefined, year: Number(value.year), format, value };
  const bytes =
    options.to === 'yaml'
      ? new TextEncoder().encode(scaffoldSubmission({ ...identity, schemaUrl: options.schemaUrl(format.id) }))
      : await scaffoldWorkbook({ ...identity, generator: options.generator });
  return { ok: true, bytes, diagnostics: checked.diagnostics };
}
