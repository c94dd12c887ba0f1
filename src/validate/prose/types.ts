// What a prose check sees (the narrative parts as written, the report's figures, last
// year's text) and what it returns: offsets into a part, never positions.
import type { FigureMap } from '../../consolidate/complete.js';
import type { Code } from '../../diagnostics/catalog.js';
import type { Place } from '../../diagnostics/diagnostic.js';
import type { FormatCells } from '../../formats/cells.js';
import type { FormatDescription } from '../../formats/types.js';
import type { ResolvedTerm } from '../../formats/vocabulary.js';

export type ProsePartName = 'preface' | 'overview' | 'problems' | 'other';

/** One narrative part as the office wrote it (placeholders allowed) or as a published report prints it. */
export interface ProsePart {
  readonly part: ProsePartName;
  readonly file: string;
  readonly text: string;
  /** Lines of the file before the text starts (a part inside a larger file). */
  readonly lineOffset?: number;
  /** Columns every line of the text is indented by in its file (a YAML block scalar). */
  readonly indent?: number;
  /** For a part read from a published document: where it was found (line and column are then 0). */
  readonly place?: Place;
  /** The text with every placeholder filled in, for comparisons with last year. */
  readonly rendered?: string;
}

export interface ProseInput {
  readonly format: FormatDescription;
  readonly model: FormatCells;
  readonly figures: FigureMap;
  readonly year: number;
  /** The parts given; a part left out is absent. */
  readonly parts: readonly ProsePart[];
  /** Where a finding about a part that is missing points (report.yaml, or the imported document). */
  readonly file: string;
  /** Names that make a number a part of the whole (subtotal groups, units): not tied to the total. */
  readonly qualifiers?: readonly string[];
  /** Last year's rendered text by part (from previous.json). */
  readonly previous?: Readonly<Partial<Record<ProsePartName, string>>>;
}

export interface ProseContext extends ProseInput {
  readonly terms: readonly ResolvedTerm[];
}

export interface ProseFinding {
  /** The part at fault; undefined when the part is missing altogether. */
  readonly part?: ProsePart;
  /** Code-unit offset into the part's text. */
  readonly offset: number;
  /** The code's template in the message catalog (src/diagnostics/messages/narrative.ts), when it has several. */
  readonly messageId?: string;
  /** The named values of the template: what the office wrote is quoted as data. */
  readonly data: Readonly<Record<string, string | number>>;
  /** The path a missing part has in report.yaml. */
  readonly path?: readonly string[];
}

export interface ProseCheck {
  readonly code: Code;
  check(context: ProseContext): ProseFinding[];
}
