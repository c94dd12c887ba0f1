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
  readonly message: string;
  readonly hint?: string;
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
  /** The unit ids this file sums: its own id, or the `units` of a consolidated report. */
  readonly covers: readonly { readonly id: string; readonly path: KeyPath }[];
  /** 上年结转 by applicant column key, for a submission of one unit. */
  readonly carriedOver?: Readonly<Record<string, number>>;
}

export type { RosterEntry } from '../../load/roster.js';

export interface ProjectContext {
  readonly config: { readonly year: number; readonly format: string };
  readonly submissions: readonly ProjectSubmission[];
  readonly roster?: { readonly target: Locatable; readonly entries: readonly RosterEntry[] };
  /** Last year's per-unit 结转下年度继续办理, by unit id and applicant column key. */
  readonly previous?: { readonly file: string; readonly carriedForward: ReadonlyMap<string, Readonly<Record<string, number>>> };
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
