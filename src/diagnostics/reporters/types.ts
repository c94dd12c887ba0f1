// The reporter interface: pure functions from diagnostics to text.
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../lang.js';

export interface ReporterOptions {
  /** ANSI colour; decided at the edge from the terminal, --no-color and NO_COLOR. */
  readonly color: boolean;
  /** Source texts by file, for the pretty reporter's excerpt. */
  readonly sources: ReadonlyMap<string, string>;
  /** How many files were checked, for the summary. */
  readonly files: number;
  /** The closing count line of the pretty reporter; off with --quiet. Default: on. */
  readonly summary?: boolean;
  /** `report import`: one verdict per document read, printed after the diagnostics. */
  readonly verdicts?: readonly Verdict[];
  /** The language of messages and the reporter's own words; chosen at the edge (--lang, REPORT_LANG). */
  readonly lang: Lang;
}

/** How one imported report fared: clean, or the worst severity found in it. */
export interface Verdict {
  readonly file: string;
  /** The submission written for it, when one was. */
  readonly output?: string;
  readonly verdict: 'clean' | 'warnings' | 'errors';
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

export type Reporter = (diagnostics: readonly Diagnostic[], options: ReporterOptions) => string;
