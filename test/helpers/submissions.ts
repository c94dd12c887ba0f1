// Test helpers: fixtures by name, one-place text edits, and checking a text as a submission.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadSource } from '../../src/load/source.js';
import { yamlDocument } from '../../src/read/yaml.js';
import { createSubmissionValidator } from '../../src/validate/run.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** Replaces the one occurrence of `from` (failing the test if it is not exactly one). */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

const validate = createSubmissionValidator();

export function check(text: string | Uint8Array, file = 'sub.yaml'): Diagnostic[] {
  const loaded = loadSource(file, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!loaded.ok) return loaded.diagnostics;
  return [...validate(yamlDocument(loaded.source)).diagnostics];
}

/** The gb2021 fixture as a second agency (示例市公安局, id police). */
export const policeSubmission = (): string =>
  edit(edit(fixture('submissions/valid-gb2021.yaml'), 'id: finance', 'id: police'), 'name: 示例市财政局', 'name: 示例市公安局');

/** The parts of a diagnostic a rule test pins: code, key path, line and column. */
export const located = (d: Diagnostic) => ({ code: d.code, path: d.path.join('.'), line: d.line, column: d.column });
