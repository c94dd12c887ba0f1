// What a rule sees and what it returns: key paths and numbers, never positions (the
// runner looks those up).
import type { Code } from '../../diagnostics/catalog.js';
import type { FormatCells, KeyPath } from '../../formats/cells.js';
import type { Figures } from '../../formats/figures.js';
import type { FormatDescription } from '../../formats/types.js';
import type { Locatable } from '../../load/position.js';
import type { RosterEntry } from '../../load/roster.js';

export interface RelatedCell {
  readonly path: KeyPath;
  readonly label: string;
  readonly value: string;
}

export interface RuleFinding {
  readonly path: KeyPath;
  /** The named values of the code's template in src/diagnostics/messages/. */
  readonly data: Readonly<Record<string, string | number>>;
  readonly messageId?: string;
  readonly related?: readonly RelatedCell[];
  /** Point at the key rather than its value (a whole entry is at fault). */
  readonly at?: 'key' | 'value';
}

export interface SubmissionContext {
  readonly value: Readonly<Record<string, unknown>>;
  readonly figures: Figures;
  readonly format: FormatDescription;
  readonly model: FormatCells;
}

export interface SubmissionRule {
  readonly scope: 'submission';
  readonly code: Code;
  check(submission: SubmissionContext): RuleFinding[];
}

/** A submission as project rules see it: its file, its identity, what it covers. */
export interface ProjectSubmission {
  readonly target: Locatable;
  readonly id: string | undefined;
  readonly year: unknown;
  readonly format: unknown;
  /** The agency's name and the subtotal group the file names, when it gives them. */
  readonly name?: string;
  readonly group?: string;
  /** The unit ids this file sums: its own id, or the `units` of a consolidated report. */
  readonly covers: readonly { readonly id: string; readonly path: KeyPath }[];
  /** 上年结转 by applicant column key, for a submission of one unit. */
  readonly carriedOver?: Readonly<Record<string, number>>;
}

export type { RosterEntry } from '../../load/roster.js';

export interface ProjectContext {
  readonly submissions: readonly ProjectSubmission[];
  /** Submission files that could not be loaded (load/*): which units they hold is unknown. */
  readonly unreadable?: readonly string[];
  readonly roster?: { readonly target: Locatable; readonly entries: readonly RosterEntry[] };
  /** `region`: whose report this is (report.yaml); last year's report carries it as `name`. */
  readonly config: { readonly year: number; readonly format: string; readonly region?: string; readonly groups?: readonly string[] };
  /** Last year's report (previous.json): who and when it is, its units, and their 结转下年度继续办理. */
  readonly previous?: PreviousReport;
}

export interface PreviousReport {
  readonly file: string;
  readonly target: Locatable;
  readonly year: unknown;
  readonly name: unknown;
  /** The ids of the units it summed (its `units`). */
  readonly unitIds: readonly string[];
  /** Per-unit 结转下年度继续办理, by unit id and applicant column key. */
  readonly carriedForward: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

export interface ProjectFinding extends RuleFinding {
  readonly target: Locatable;
}

export interface ProjectRule {
  readonly scope: 'project';
  readonly code: Code;
  check(project: ProjectContext): ProjectFinding[];
}

export type Rule = SubmissionRule | ProjectRule;
