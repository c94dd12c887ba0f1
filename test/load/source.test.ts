// Files that are not clean UTF-8 YAML mappings: each gets one clear, located diagnostic.
import { describe, expect, it } from 'vitest';
import { check, fixture, located } from '../helpers/submissions.js';

const valid = fixture('submissions/valid-gb2021.yaml');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('loading', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    expect(check(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(valid)]))).toEqual([]);
  });

  it('names GBK and says how to re-save, at the first bad byte', () => {
    // "name: 财政局" in GBK: 财 = B2 C6, 政 = D5 FE, 局 = BE D6
    const gbk = new Uint8Array([...bytes('id: finance\nname: '), 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6, 0x0a]);
    const [d] = check(gbk);
    expect(located(d)).toEqual({ code: 'load/encoding', path: '', line: 2, column: 7 });
    expect(d.message).toMatch(/not UTF-8.*GBK/);
    expect(d.hint).toMatch(/UTF-8/);
  });

  it('names UTF-16', () => {
    expect(check(new Uint8Array([0xff, 0xfe, 0x69, 0x00])).map((d) => d.code)).toEqual(['load/encoding']);
  });

  it.each([
    ['an empty file', '', 'load/empty'],
    ['only comments', '# nothing yet\n\n', 'load/empty'],
    ['a list at the top', '- a\n- b\n', 'load/not-mapping'],
    ['a scalar at the top', 'hello\n', 'load/not-mapping'],
  ])('%s', (_, text, code) => {
    expect(check(text).map((d) => d.code)).toEqual([code]);
  });

  it('rejects binary files', () => {
    const [d] = check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    expect(d.code).toBe('load/binary');
  });

  it('points at a duplicate key', () => {
    const text = valid.replace('  penalties: {decisions: 27}\n', '  penalties: {decisions: 27}\n  penalties: {decisions: 28}\n');
    expect(check(text).map(located)).toEqual([{ code: 'load/duplicate-key', path: '', line: 11, column: 3 }]);
  });

  it('points at a syntax error', () => {
    const text = valid.replace('  licensing: {decisions: 350}', '  licensing: {decisions: 350');
    const [d] = check(text);
    expect(d.code).toBe('load/syntax');
    expect(d.line).toBeGreaterThanOrEqual(9);
  });

  it('rejects an alias bomb quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const started = performance.now();
    const found = check(levels.join('\n') + '\n');
    expect(found.map((d) => d.code)).toEqual(['load/alias']);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
