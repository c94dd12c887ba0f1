// The fast path gives exactly what the yaml library gives, or steps aside; a file reads
// the same with and without a leading `---` (which always sends it to the full parser).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reference } from '../helpers/yaml-reference.js';
import { formats } from '../../src/formats/index.js';
import { fastParse } from '../../src/load/fast-yaml.js';
import { loadSource } from '../../src/load/source.js';
import { yamlDocument } from '../../src/read/yaml.js';
import { levels } from '../../src/scaffold/levels.js';
import { scaffoldProject } from '../../src/scaffold/project.js';
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
    ['a:\n  - 1\n  - x\n'],
    ['a:\n- 1\n- x\nb: 2\n'],
    ['a:\n  b:\n  - 1\n  c: 2\n'],
    ['a:\n  -\n  - \n  - # none\n  - {id: x, name: 宁波市财政局}\n  # between\n\n  - [x]\n'],
    ['groups: [市级部门, 区县（市）, 乡镇（街道）]\nnone: []\nspaced: [ ]\n'],
    ['a: [x,y , "a, b", \'c # d\', http://x.cn, a:b, x"y]  # c\n'],
    ['contact: {phone: "89188567", website: http://zfxx.ningbo.gov.cn, email: a@b.cn}\n'],
    ['a: {b: {c: 1}, d: [x, [y], {e: }]}\n'],
    ['agencies:\n  - id: drc\n    name: 宁波市发展和改革委员会\n    group: 市级部门\n  -   id: x\n      names: [a, b]\n  - id: y\n    more:\n      - 1\n    less:\n    - 2\n  - z\nafter: 1\n'],
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

  // The example's own report.yaml and roster.yaml (flow sequences, a quoted value in a flow
  // mapping, a block sequence of flow mappings) no longer need the yaml library.
  it.each(['ningbo-2020/report.yaml', 'ningbo-2020/roster.yaml', 'county-2023/report.yaml', 'county-2023/roster.yaml'])('reads examples/%s, as the yaml library does', (name) => {
    const text = readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8');
    const fast = fastParse(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference(text));
  });

  it.each(levels.flatMap((level) => (['report.yaml', 'roster.yaml'] as const).map((name) => [level, name] as const)))('reads the %s project\'s %s that report init writes, as the yaml library does', (level, name) => {
    const text = scaffoldProject({ region: '宁波市', year: 2024, format: formats.gb2021, compiledBy: '宁波市人民政府办公厅', level })[name];
    const fast = fastParse(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference(text));
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a sequence in a sequence', 'a:\n  - - 1\n'],
    ['a key the fast path does not take in a mapping in a block sequence', 'a:\n  - 1: x\n'],
    ['a duplicate key in a mapping in a block sequence', 'a:\n- b: 1\n  b: 2\n'],
    ['a key of a mapping in a block sequence not under the first', 'a:\n- b: 1\n   c: 2\n'],
    ['an item on two lines', 'a:\n  - 1\n    - 2\n'],
    ['an empty item with its value on the next line', 'a:\n  -\n    x\n'],
    ['an item less indented than its sibling', 'a:\n  - 1\n - 2\n'],
    ['a key after items deeper than its mapping', 'a:\n  - 1\n  b: 2\n'],
    ['a sequence less indented than its key', 'a:\n  b:\n - 1\n'],
    ['a trailing comma', 'a: [x, ]\n'],
    ['an empty flow item', 'a: [x,, y]\n'],
    ['an implicit pair in a flow sequence', 'a: [x: 1]\n'],
    ['a flow sequence over two lines', 'a: [x,\n  y]\n'],
    ['a quoted quote', "a: ['it''s']\n"],
    ['a comment inside a flow sequence', 'a: [x #c]\n'],
    ['text after a flow sequence', 'a: [x] y\n'],
    ['a key without a space after its colon in a flow mapping', 'a: {x:y}\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a boolean', 'a: true\n'],
    ['a null word', 'a: null\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a hex number', 'a: 0x1F\n'],
    ['an exponent', 'a: 1e3\n'],
    ['flow collections nested too deep', `a: ${'['.repeat(9)}x${']'.repeat(9)}\n`],
    ['a top-level scalar', 'hello\n'],
    ['an empty file', '# nothing\n'],
    ['a document marker', '---\na: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
  ])('steps aside for %s', (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });
});

// The generated corpus: block mappings of plain keys and values, flow mappings and flow
// sequences nested in one another, and block sequences of scalars and flow collections
// (at the key's indentation or deeper, with empty items, comments and blank lines between
// them), with now and then the inputs that broke the hand-written path (Unicode whitespace
// next to a value, number-, null- and bool-looking keys, prototype keys, long keys, YAML
// syntax, scalars that read differently in a flow, trailing commas, odd indentation).
const unusualSpaces = ['\u3000', '\u00a0', '\ufeff', '\f', '\u2028', '\u2029', '\u200b', '\t', '\u0085', '\v'];
const oddKeyList = ['1', '01', '0x1F', '-1', '1.5', '.inf', '0o7', '1e3', 'null', 'Null', 'NULL', '~', 'true', 'False', '__proto__', 'constructor', 'prototype'];
const plainKey = fc.constantFrom('id', 'name', 'total', 'decisions', 'a_b', 'x-1', '_k', 'Yes', 'on', 'issued', 'n2');
const oddKey = fc.oneof(fc.constantFrom(...oddKeyList), fc.integer({ min: 100, max: 1100 }).map((n) => 'k'.repeat(n)));
const key = fc.oneof({ weight: 40, arbitrary: plainKey }, { weight: 1, arbitrary: oddKey });
const plainValue = fc.oneof(fc.integer({ min: -1000, max: 100000 }).map(String), fc.constantFrom('0.5', '12.25', '示例市财政局', '无', '/', 'a b', '“x”', '１２', 'x#y', ''));
const oddValue = fc.constantFrom('true', '~', 'null', '"q"', "'s'", '#c', 'a: b', '[1]', '&a 1', '0o7', '.5', '+3', '0x1F', '1e3', '1_000', '2020-01-01', '"a\\tb"', '- 1');
const spacedValue = fc.tuple(plainValue, fc.constantFrom(...unusualSpaces), fc.boolean()).map(([v, s, after]) => (after ? v + s : s + v));
const value = fc.oneof({ weight: 40, arbitrary: plainValue }, { weight: 1, arbitrary: oddValue }, { weight: 1, arbitrary: spacedValue });
/** Scalars a flow collection reads its own way: quoted with , # : inside, a colon without a space, a quote inside, indicators. */
const flowOddList = ['"89188567"', '"a, b"', "'c # d'", '"x: y"', '""', "''", "'it''s'", '"a\\"b"', 'http://zfxx.ningbo.gov.cn', 'a@b.cn', 'a:b', ':x', 'a :b', 'x:', 'x"y', "x'y", '"q" z', '-', '? x', '|', '&a x', '!t x', 'x #c', '区县（市）'];
const flowScalar = fc.oneof({ weight: 80, arbitrary: plainValue }, { weight: 1, arbitrary: oddValue }, { weight: 1, arbitrary: spacedValue }, { weight: 4, arbitrary: fc.constantFrom(...flowOddList) });
const flowKey = fc.oneof({ weight: 100, arbitrary: plainKey }, { weight: 1, arbitrary: oddKey });
/** What separates flow entries: mostly `, `, sometimes `,` or spaces around it. */
const comma = fc.oneof({ weight: 8, arbitrary: fc.constant(', ') }, { weight: 1, arbitrary: fc.constantFrom(',', ' , ', ',  ') });
/** Inside the brackets: mostly nothing, sometimes spaces, now and then a trailing comma. */
const edges = fc.oneof({ weight: 60, arbitrary: fc.constant(['', '']) }, { weight: 1, arbitrary: fc.constantFrom([' ', ' '], ['', ', '], ['', ','], ['  ', '']) });
type FlowNodes = { item: string; sequence: string; mapping: string };
const flowNodes = fc.letrec<FlowNodes>((tie) => ({
  item: fc.oneof({ maxDepth: 2, withCrossShrink: true }, { weight: 6, arbitrary: flowScalar }, { weight: 1, arbitrary: tie('sequence') }, { weight: 1, arbitrary: tie('mapping') }),
  sequence: fc.tuple(fc.array(tie('item'), { maxLength: 3 }), comma, edges).map(([items, sep, [open, close]]) => `[${open}${items.join(sep)}${close}]`),
  mapping: fc
    .tuple(fc.uniqueArray(fc.tuple(flowKey, tie('item')), { minLength: 1, maxLength: 3, selector: ([k]) => k }), comma, edges)
    .map(([entries, sep, [open, close]]) => `{${open}${entries.map(([k, v]) => `${k}:${v === '' ? '' : ` ${v}`}`).join(sep)}${close}}`),
}));
const flow = fc.oneof(flowNodes.mapping, flowNodes.sequence);
/** What may follow a value on its line: mostly nothing, sometimes a comment, now and then text. */
const lineEnd = fc.oneof({ weight: 60, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.constantFrom(' # c', '  #c') }, { weight: 1, arbitrary: fc.constantFrom('#c', ' x', ' ') });
const lineValue = fc.oneof({ weight: 3, arbitrary: value }, { weight: 2, arbitrary: fc.tuple(flow, lineEnd).map(([v, end]) => v + end) });

/** A block sequence's line: an item (the text after `-`, or a block mapping after `-` and a gap, shifted now and then from its siblings' indentation) or a blank or comment line. */
type SequenceLine = { item: string; shift: number } | { other: string } | { mapping: Tree; gap: string; shift: number };
/** A block sequence under its key: the items' indentation beyond the key's (0, the usual 2, or odd), and its lines. */
type Sequence = { offset: number; lines: SequenceLine[]; comment: boolean };
type Tree = [string, string | Sequence | Tree][];
const shift = fc.oneof({ weight: 60, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1, 2) });
const tree = fc.letrec<{ mapping: Tree; node: string | Sequence | Tree; sequence: Sequence; line: SequenceLine }>((tie) => ({
  mapping: fc.uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }) as fc.Arbitrary<Tree>,
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, lineValue, tie('sequence'), tie('mapping')),
  sequence: fc.record({ offset: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(0, 2) }, { weight: 1, arbitrary: fc.constantFrom(1, 3, 4) }), lines: fc.array(tie('line'), { minLength: 1, maxLength: 4 }), comment: fc.boolean() }),
  line: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 10, arbitrary: fc.record({ item: fc.oneof({ weight: 25, arbitrary: lineValue.map((v) => (v === '' ? '' : ` ${v}`)) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '  x', ' # c', ' - x', ' a :b', ' a:b', ' http://x.cn', ' a b: c', ' 1: x', 'x', ' x\n   y') }), shift }) },
    { weight: 2, arbitrary: fc.record({ other: fc.constantFrom('', '# c', '  # c', '      # c') }) },
    { weight: 3, arbitrary: fc.record({ mapping: tie('mapping'), gap: fc.oneof({ weight: 8, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom('  ', '   ') }), shift }) },
  ),
})).mapping;

function render(mapping: Tree, indent = ''): string {
  return mapping
    .map(([k, v]) => {
      if (typeof v === 'string') return `${indent}${k}:${v === '' ? '' : ` ${v}`}\n`;
      if (Array.isArray(v)) return `${indent}${k}:\n${render(v, indent + '  ')}`;
      const items = v.lines.map((line) => {
        if ('other' in line) return `${line.other}\n`;
        const column = Math.max(0, indent.length + v.offset + line.shift);
        if ('item' in line) return `${' '.repeat(column)}-${line.item}\n`;
        // The mapping's first key follows `-` and the gap; the others stand under it.
        const keys = column + 1 + line.gap.length;
        return `${' '.repeat(column)}-${line.gap}${render(line.mapping, ' '.repeat(keys)).slice(keys)}`;
      });
      return `${indent}${k}:${v.comment ? ' # c' : ''}\n${items.join('')}`;
    })
    .join('');
}

describe('fast YAML path against the yaml library, on a generated corpus', () => {
  const corpus = fc.sample(tree.map((t) => render(t)), { numRuns: 3000, seed: 20261127 });

  it('holds every kind of input the review found', () => {
    const count = (test: (text: string) => boolean) => corpus.filter(test).length;
    for (const space of unusualSpaces) expect(count((t) => t.includes(space)), JSON.stringify(space)).toBeGreaterThan(5);
    for (const k of oddKeyList) expect(count((t) => t.includes(`\n${k}:`) || t.startsWith(`${k}:`) || t.includes(` ${k}:`) || t.includes(`{${k}:`)), k).toBeGreaterThan(2);
    expect(count((t) => /k{1025}/.test(t))).toBeGreaterThan(5);
    const kinds: [string, RegExp][] = [
      ['a flow sequence', /: \[[^\]\n]+\]/],
      ['an empty flow sequence', /: \[\]/],
      ['a flow sequence in a flow mapping', /\{[^}\n]*: \[/],
      ['a flow mapping in a flow sequence', /\[[^\]\n]*\{/],
      ['a trailing comma', /, ?[\]}]/],
      ['a comment after a flow collection', /[\]}] #/],
      ['a quoted scalar in a flow', /[[{,] ?[\w-]*:? ?"[^"\n]*"[,\]}]/],
      ['a URL in a flow', /: http:\/\//],
      ['a sequence at its key\'s indentation', /^( *)[\w-]+:( # c)?\n\1- /m],
      ['a sequence deeper than its key', /^( *)[\w-]+:( # c)?\n\1  - /m],
      ['a sequence at odd indentation', /^( *)[\w-]+:( # c)?\n\1(?: |   )- /m],
      ['an empty item', /^ *-\n/m],
      ['an item of a space', /^ *- \n/m],
      ['a flow mapping as an item', /^ *- \{/m],
      ['a flow sequence as an item', /^ *- \[/m],
      ['a mapping as an item', /^ *- +[\w-]+:/m],
      ['a mapping of two keys as an item', /^( *)- ( *)[\w-]+:.*\n\1  \2[\w-]+:/m],
      ['a sequence in a mapping in a sequence', /^( *)- +[\w-]+:\n\1 +- /m],
      ['a comment between items', /^ *- .*\n *# c\n *- /m],
      ['a blank line between items', /^ *- .*\n\n *- /m],
      ['an item shifted from its siblings', /^( *)- .*\n(?!\1- )(?!\1 )( *)- /m],
    ];
    for (const [kind, pattern] of kinds) expect(count((t) => pattern.test(t)), kind).toBeGreaterThan(10);
  });

  it('answers at least half of the documents the yaml library reads, and always as it does', () => {
    let answered = 0;
    let read = 0;
    for (const text of corpus) {
      const fast = fastParse(text);
      const expected = reference(text);
      if (expected !== undefined) read++;
      if (fast === undefined) continue;
      answered++;
      if (expected === undefined) throw new Error(`the fast path accepted YAML the library rejects:\n${text}`);
      expect(fast, text).toEqual(expected);
    }
    expect(answered).toBeGreaterThanOrEqual(read / 2);
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
