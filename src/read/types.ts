// What every reader gives, whatever the file type: the submission's value tree and a
// locator from key path to where that value was read (line and column; sheet and cell;
// table cell; page spot). Schema, rules, consolidation and reporters see only this.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KeyPath } from '../formats/cells.js';
import type { Position } from '../load/position.js';

/** Where `path` was read; with `at: 'key'` where its key stands, when the form has keys. */
export type Locator = (path: KeyPath, at?: 'key' | 'value') => Position;

export interface ReadDocument {
  /** The path as the user should see it. */
  readonly file: string;
  readonly value: Record<string, unknown>;
  readonly locate: Locator;
  /** sha256 of the file's bytes, as consolidated reports list their units. */
  readonly sha256: string;
  /** The source text, for reporters that quote the offending line; absent for binary forms. */
  readonly text?: string;
  /** The text a scalar was written as (`1e400`), where the form keeps it. */
  readonly written?: (path: KeyPath) => string | undefined;
}

/** A failure keeps the text when there was one (a YAML syntax error), for reporters that quote the line. */
export type ReadResult = { readonly ok: true; readonly document: ReadDocument } | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly text?: string };

/** One input form: the file names it takes and how it turns bytes into a document. */
export interface Reader {
  readonly name: string;
  /** Lower-case file name endings, with the dot. */
  readonly extensions: readonly string[];
  read(file: string, bytes: Uint8Array): ReadResult | Promise<ReadResult>;
}
