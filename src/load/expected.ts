// What a file read by the tool should hold, for messages about a file that holds
// nothing or the wrong thing: a submission, the roster, report.yaml, a narrative.
// The words for each kind are in the message catalog (src/diagnostics/messages/load.ts).
import type { ExpectedKind } from '../diagnostics/messages/load.js';

export interface ExpectedContent {
  readonly kind: ExpectedKind;
}

export const expectedSubmission: ExpectedContent = { kind: 'submission' };
export const expectedRoster: ExpectedContent = { kind: 'roster' };
export const expectedConfig: ExpectedContent = { kind: 'config' };
export const expectedPrevious: ExpectedContent = { kind: 'previous' };
export const expectedNarrative: ExpectedContent = { kind: 'narrative' };

/** Larger inputs are refused before parsing: a YAML parse keeps positions for every node. */
export const maxInputBytes = 4 * 1024 * 1024;
