// ESLint's RuleTester, for our rules: valid texts give no diagnostic of the rule's code;
// each invalid text gives exactly the listed ones, pinned by code, key path, line,
// column and the numbers they state or the template data they carry (the wording is the reporters' goldens' business).
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { check } from './submissions.js';

export interface Expected {
  readonly code: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** Every number in the message, in order. */
  readonly numbers?: readonly string[];
  /** The other cells compared: [key path, value]. */
  readonly related?: readonly (readonly [string, string])[];
  /** The named values of the message template (src/diagnostics/messages.ts). */
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface RuleCases {
  readonly valid: readonly { readonly name: string; readonly text: string }[];
  readonly invalid: readonly { readonly name: string; readonly text: string; readonly errors: readonly Expected[] }[];
}

const numbersIn = (message: string): string[] => message.replace(/[（(][一二三四五六七八九十]+[)）]/g, '').match(/-?\d+(?:\.\d+)?/g) ?? [];

function pinned(d: Diagnostic, like: Expected): Expected {
  return {
    code: d.code,
    path: d.path.join('.'),
    line: d.line,
    column: d.column,
    ...(like.numbers ? { numbers: numbersIn(d.message) } : {}),
    ...(like.related ? { related: (d.related ?? []).map((r) => [r.path.join('.'), r.value] as const) } : {}),
    ...(like.data ? { data: d.data } : {}),
  };
}

export function ruleTester(code: string, { valid, invalid }: RuleCases): void {
  describe(code, () => {
    it.each(valid)('valid: $name', ({ text }) => {
      expect(check(text).filter((d) => d.code === code)).toEqual([]);
    });
    it.each(invalid)('invalid: $name', ({ text, errors }) => {
      const found = check(text).filter((d) => d.code === code);
      expect(found.map((d, i) => pinned(d, errors[i] ?? errors[0]))).toEqual(errors);
    });
  });
}
