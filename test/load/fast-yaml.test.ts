// The fast path gives exactly what the yaml library gives, or steps aside; a file reads
// the same with and without a leading `---` (which always sends it to the full parser).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reference } from '../helpers/yaml-reference.js';
import { fastParse } from '../../src/load/fast-yaml.js';
import { loadSource } from '../../src/load/source.js';
import { yamlDocument } from '../../src/read/yaml.js';
import { createSubmissionValidator } from '../../src/validate/run.js';
import { edit, fixture, located } from '../helpers/submissions.js';

const validate = createSubmissionValidator();
const encode = (text: string) => new TextEncoder().encode(text);

/** What a user sees of a file: its value, or its diagnostics (lines counted from the first line after `shift` lines). */
function outcome(text: string, shift = 0) {
  const loaded = loadSource('sub.yaml', encode(text));
  const where = (d: Parameters<typeof located>[0]) => ({ ...located(d), line: d.line - shift, hint: d.hint });
  if (!loaded.ok) return { diagnostics: loaded.diagnostics.map(where) };
  return { value: loaded.source.value, diagnostics: validate(yamlDocument(loaded.source)).diagnostics.map(where) };
}

const base = fixture('submissions/valid-gb2021.yaml');
const licensing = 'licensing: {decisions: 350}';

describe('fast YAML path', () => {
  it.each(['submissions/valid-gb2021.yaml', 'submissions/valid-gb2019.yaml'])('reads %s, as the yaml library does', (name) => {
    const text = fixture(name);
    expect(fastParse(text)).toBeDefined();
    expect(fastParse(text)).toEqual(reference(text));
  });

  it.each([
    ['a: 1\nb:\n  c: {x: 1, y: -2, z: 0.5}\n  d: 示例 # comment\n'],
    ['a:\nb: 2\n'],
    ['name: "宁波市财政局"\nid: \'finance\'\n'],
    ['a: {x: }\n'],
    ['a: １２\nb: 无\n'],
    ['a: 012\n'],
    ['a: /\nb: —\n'],
    ['Yes: on\nNo: off\n'],
  ])('answers %j as the yaml library does', (text) => {
    expect(fastParse(text)).toBeDefined();
    expect(fastParse(text)).toEqual(reference(text));
  });

  // Every input the review found, in a whole submission: the same value or the same
  // diagnostic with and without `---`, and the fast path steps aside for each.
  const cases: [string, string, { code: string; path: string; hint?: string }[]][] = [
    ['U+3000 after a number', edit(base, licensing, 'licensing: {decisions: 350\u3000}'), [{ code: 'schema/invisible-character', path: 'active_disclosure.licensing.decisions', hint: 'remove the full-width space after 350' }]],
    ['U+3000 after a number in a block mapping', edit(base, 'year: 2023', 'year: 2023\u3000'), [{ code: 'schema/invisible-character', path: 'year', hint: 'remove the full-width space after 2023' }]],
    ['U+00A0 before a number', edit(base, licensing, 'licensing: {decisions: \u00a0350}'), [{ code: 'schema/invisible-character', path: 'active_disclosure.licensing.decisions', hint: 'remove the no-break space before 350' }]],
    ['U+FEFF after a number', edit(base, licensing, 'licensing: {decisions: 350\ufeff}'), [{ code: 'schema/invisible-character', path: 'active_disclosure.licensing.decisions', hint: 'remove the zero-width no-break space after 350' }]],
    ['a form feed after a number', edit(base, licensing, 'licensing: {decisions: 350\f}'), [{ code: 'schema/invisible-character', path: 'active_disclosure.licensing.decisions', hint: 'remove the form feed after 350' }]],
    ['U+2028 after a number', edit(base, licensing, 'licensing: {decisions: 350\u2028}'), [{ code: 'schema/invisible-character', path: 'active_disclosure.licensing.decisions', hint: 'remove the line separator after 350' }]],
    ['U+200B before a number', edit(base, licensing, 'licensing: {decisions: \u200b350}'), [{ code: 'schema/invisible-character', path: 'active_disclosure.licensing.decisions', hint: 'remove the zero-width space before 350' }]],
    ['U+3000 in a name', edit(base, 'name: 示例市财政局', 'name: 示例市\u3000财政局'), []],
    ['U+3000 as indentation', edit(base, '  penalties: {decisions: 27}', '\u3000\u3000penalties: {decisions: 27}'), [{ code: 'load/syntax', path: '', hint: 'replace the characters at the start of the line with spaces (two per level)' }, { code: 'load/syntax', path: '' }, { code: 'load/syntax', path: '' }]],
    ['keys 1 and 01', base + '1: a\n01: b\n', [{ code: 'load/duplicate-key', path: '' }]],
    ['keys null and Null', base + 'null: 1\nNull: 2\n', [{ code: 'load/duplicate-key', path: '' }]],
    ['a key 0x1F', base + '0x1F: 1\n', [{ code: 'schema/unknown-key', path: '31' }]],
    ['a key true', edit(base, licensing, 'licensing: {decisions: 350, true: 1}'), [{ code: 'schema/unknown-key', path: 'active_disclosure.licensing.true' }]],
    ['a key of 200 characters', base + `${'k'.repeat(200)}: 1\n`, [{ code: 'schema/unknown-key', path: 'k'.repeat(200) }]],
    ['a key over 1,024 characters', base + `${'k'.repeat(1100)}: 1\n`, [{ code: 'load/syntax', path: '' }]],
    ['a __proto__ key', base + '__proto__: {year: 1}\n', [{ code: 'load/reserved-key', path: '__proto__' }]],
    ['a nested __proto__ key', edit(base, licensing, 'licensing: {decisions: 350, __proto__: {x: 1}}'), [{ code: 'load/reserved-key', path: 'active_disclosure.licensing.__proto__' }]],
    ['a constructor key', base + 'constructor: 1\n', [{ code: 'load/reserved-key', path: 'constructor' }]],
    ['a prototype key', edit(base, '  fees: {amount: 25.1}', '  fees: {amount: 25.1}\n  prototype: {amount: 1}'), [{ code: 'load/reserved-key', path: 'active_disclosure.prototype' }]],
  ];

  it.each(cases)('%s: the same with and without ---, and the fast path steps aside', (_, text, expected) => {
    expect(fastParse(text)).toBeUndefined();
    const plain = outcome(text);
    const marked = outcome(`---\n${text}`, 1);
    expect(marked).toEqual(plain);
    expect(plain.diagnostics.map((d) => ({ code: d.code, path: d.path, ...(expected.find((e) => e.code === d.code && e.path === d.path)?.hint ? { hint: d.hint } : {}) }))).toEqual(expected);
    expect(Object.getPrototypeOf(plain.value ?? {})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).year).toBeUndefined();
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a sequence', 'a:\n  - 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a boolean', 'a: true\n'],
    ['a null word', 'a: null\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a hex number', 'a: 0x1F\n'],
    ['an exponent', 'a: 1e3\n'],
    ['a nested flow', 'a: {b: {c: 1}}\n'],
    ['a top-level scalar', 'hello\n'],
    ['an empty file', '# nothing\n'],
    ['a document marker', '---\na: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
  ])('steps aside for %s', (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });
});

// The generated corpus: block mappings of plain keys and values, with now and then the
// inputs that broke the hand-written path (Unicode whitespace next to a value,
// number-, null- and bool-looking keys, prototype keys, long keys, YAML syntax).
const unusualSpaces = ['\u3000', '\u00a0', '\ufeff', '\f', '\u2028', '\u2029', '\u200b', '\t', '\u0085', '\v'];
const oddKeyList = ['1', '01', '0x1F', '-1', '1.5', '.inf', '0o7', '1e3', 'null', 'Null', 'NULL', '~', 'true', 'False', '__proto__', 'constructor', 'prototype'];
const plainKey = fc.constantFrom('id', 'name', 'total', 'decisions', 'a_b', 'x-1', '_k', 'Yes', 'on', 'issued', 'n2');
const oddKey = fc.oneof(fc.constantFrom(...oddKeyList), fc.integer({ min: 100, max: 1100 }).map((n) => 'k'.repeat(n)));
const key = fc.oneof({ weight: 40, arbitrary: plainKey }, { weight: 1, arbitrary: oddKey });
const plainValue = fc.oneof(fc.integer({ min: -1000, max: 100000 }).map(String), fc.constantFrom('0.5', '12.25', '示例市财政局', '无', '/', 'a b', '“x”', '１２', 'x#y', ''));
const oddValue = fc.constantFrom('true', '~', 'null', '"q"', "'s'", '#c', 'a: b', '[1]', '&a 1', '0o7', '.5', '+3', '0x1F', '1e3', '1_000', '2020-01-01', '"a\\tb"', '- 1');
const spacedValue = fc.tuple(plainValue, fc.constantFrom(...unusualSpaces), fc.boolean()).map(([v, s, after]) => (after ? v + s : s + v));
const value = fc.oneof({ weight: 40, arbitrary: plainValue }, { weight: 1, arbitrary: oddValue }, { weight: 1, arbitrary: spacedValue });
const flow = fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((entries) => `{${entries.map(([k, v]) => `${k}:${v === '' ? '' : ` ${v}`}`).join(', ')}}`);

type Tree = [string, string | Tree][];
const tree = fc.letrec<{ mapping: Tree; node: string | Tree }>((tie) => ({
  mapping: fc.uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }) as fc.Arbitrary<Tree>,
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, value, flow, tie('mapping')),
})).mapping;

function render(mapping: Tree, indent = ''): string {
  return mapping.map(([k, v]) => (typeof v === 'string' ? `${indent}${k}:${v === '' ? '' : ` ${v}`}\n` : `${indent}${k}:\n${render(v, indent + '  ')}`)).join('');
}

describe('fast YAML path against the yaml library, on a generated corpus', () => {
  const corpus = fc.sample(tree.map((t) => render(t)), { numRuns: 3000, seed: 20261127 });

  it('holds every kind of input the review found', () => {
    const count = (test: (text: string) => boolean) => corpus.filter(test).length;
    for (const space of unusualSpaces) expect(count((t) => t.includes(space)), JSON.stringify(space)).toBeGreaterThan(5);
    for (const k of oddKeyList) expect(count((t) => t.includes(`\n${k}:`) || t.startsWith(`${k}:`) || t.includes(` ${k}:`) || t.includes(`{${k}:`)), k).toBeGreaterThan(2);
    expect(count((t) => /k{1025}/.test(t))).toBeGreaterThan(5);
  });

  it('answers at least half of the documents, and always as the yaml library does', () => {
    let answered = 0;
    for (const text of corpus) {
      const fast = fastParse(text);
      if (fast === undefined) continue;
      answered++;
      const expected = reference(text);
      if (expected === undefined) throw new Error(`the fast path accepted YAML the library rejects:\n${text}`);
      expect(fast, text).toEqual(expected);
    }
    expect(answered).toBeGreaterThanOrEqual(corpus.length / 2);
  });

  it('loads every document the same with and without ---', () => {
    for (const text of corpus) {
      const plain = loadSource('x.yaml', encode(text));
      const marked = loadSource('x.yaml', encode(`---\n${text}`));
      expect(marked.ok, text).toBe(plain.ok);
      if (plain.ok && marked.ok) expect(marked.source.value, text).toEqual(plain.source.value);
      else if (!plain.ok && !marked.ok) expect(marked.diagnostics.map((d) => [d.code, d.line - 1, d.column]), text).toEqual(plain.diagnostics.map((d) => [d.code, d.line, d.column]));
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
