// The fast path gives exactly what the yaml library gives, or steps aside.
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-yaml.js';
import { fixture } from '../helpers/submissions.js';

const full = (text: string) => parse(text, { version: '1.2', uniqueKeys: true });

describe('fast YAML path', () => {
  it.each(['submissions/valid-gb2021.yaml', 'submissions/valid-gb2019.yaml'])('reads %s as the yaml library does', (name) => {
    const text = fixture(name);
    expect(fastParse(text)).toEqual(full(text));
  });

  it.each([
    ['a: 1\nb:\n  c: {x: 1, y: -2, z: 0.5}\n  d: 示例 # comment\n'],
    ['a:\nb: 2\n'],
    ['name: "宁波市财政局"\nid: \'finance\'\n'],
    ['a: {x: }\n'],
    ['a: １２\nb: 无\n'],
    ['a: 012\n'],
    ['a: /\nb: —\n'],
  ])('agrees on %j', (text) => {
    expect(fastParse(text)).toEqual(full(text));
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
  ])('steps aside for %s', (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });

  it('law: whenever it answers, it answers as the yaml library does', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'id', 'total', 'x-1');
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.constantFrom('', '0.5', '12.25', '示例', '“x”', '无', '/', '-', 'a b', 'true', '~', '"q"', "'s'", '１２', '#c', 'x #c', 'a: b', '{}', '{a: 1, b: }', '{a: 1,b: 2}', '[1]', '&a 1', '0o7', '.5', '+3'),
    );
    const line = fc.tuple(fc.integer({ min: 0, max: 3 }), key, value).map(([depth, k, v]) => `${'  '.repeat(depth)}${k}:${v === '' ? '' : ` ${v}`}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = lines.join('\n') + '\n';
        const fast = fastParse(text);
        if (fast === undefined) return;
        let expected: unknown;
        try {
          expected = full(text);
        } catch {
          throw new Error(`fast path accepted YAML the library rejects:\n${text}`);
        }
        expect(fast).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
