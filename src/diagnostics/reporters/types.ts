// The reporter interface: pure functions from diagnostics to text.
import type { Diagnostic } from '../diagnostic.js';

export interface ReporterOptions {
  /** ANSI colour; decided at the edge from the terminal, --no-color and NO_COLOR. */
  readonly color: boolean;
  /** Source texts by file, for the pretty reporter's excerpt. */
  readonly sources: ReadonlyMap<string, string>;
  /** How many files were checked, for the summary. */
  readonly files: number;
  /** The closing count line of the pretty reporter; off with --quiet. Default: on. */
  readonly summary?: boolean;
}

export type Reporter = (diagnostics: readonly Diagnostic[], options: ReporterOptions) => string;
