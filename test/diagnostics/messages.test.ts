// The message catalog: every converted code has zh-CN and en templates that use the same
// data names, and the Chinese follows the typography issue 16 asks for.
import { describe, expect, it } from 'vitest';
import { catalog, type Code } from '../../src/diagnostics/catalog.js';
import { createDiagnostic } from '../../src/diagnostics/create.js';
import { families, hintText, messages, messageText, templateNames } from '../../src/diagnostics/messages/index.js';
import { reporters } from '../../src/diagnostics/reporters/index.js';

const entries = Object.entries(messages).flatMap(([code, byId]) => Object.entries(byId!).map(([id, entry]) => ({ code, id, entry })));

describe('the message catalog', () => {
  it('has templates for every code: no diagnostic is phrased at its site', () => {
    expect((Object.keys(catalog) as Code[]).filter((code) => !Object.hasOwn(messages, code))).toEqual([]);
  });

  it('keeps each code in one family file, so no family hides another\'s templates', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [family, byCode] of Object.entries(families)) {
      for (const code of Object.keys(byCode)) {
        if (seen.has(code)) twice.push(`${code}: ${seen.get(code)} and ${family}`);
        seen.set(code, family);
      }
    }
    expect(twice).toEqual([]);
  });

  it('covers report.yaml, the narrative and the project rules', () => {
    const codes = Object.keys(catalog).filter((code) => /^(config|narrative|submission|roster|group|previous|continuity)\//.test(code));
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) expect(Object.keys(messages), code).toContain(code);
  });

  it('covers the table rules', () => {
    for (const code of ['requests/row-total', 'requests/results-total', 'requests/balance', 'appeals/total', 'active/negative-items', 'active/total-published']) {
      expect(Object.keys(messages), code).toContain(code);
    }
  });

  it('covers every schema/* and load/* code', () => {
    const codes = Object.keys(catalog).filter((code) => code.startsWith('schema/') || code.startsWith('load/'));
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(Object.keys(messages), code).toContain(code);
  });

  // Each table once: the schema entries share theirs.
  const tables = [...new Map(entries.flatMap(({ code, entry }) => Object.entries(entry.words ?? {}).map(([name, table]) => [table, { code, name, table }] as const))).values()];
  const words = tables.flatMap(({ code, name, table }) => Object.entries(table).map(([value, word]) => ({ code, id: name, name, value, word })));
  it.each(words)('$code: {$name} $value has words in both languages, in Chinese typography', ({ word }) => {
    expect(word['zh-CN'].length).toBeGreaterThan(0);
    expect(word.en.length).toBeGreaterThan(0);
    expect(word['zh-CN']).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/);
    expect(word['zh-CN']).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/);
  });

  it('a data value with words is written in the language; any other value as it is', () => {
    const d = createDiagnostic('schema/type', { file: 'a.yaml', line: 1, column: 1, path: ['x'], messageId: 'value.key', data: { key: 'x', expected: 'count', found: '1.5' } });
    expect(d.message).toBe('`x` is 1.5: expected a whole number ≥ 0');
    expect(messageText(d, 'zh-CN')).toBe('`x`填写为1.5，应填写不小于0的整数');
  });

  it('covers the import/* family', () => {
    for (const code of Object.keys(catalog).filter((c) => c.startsWith('import/'))) expect(Object.keys(messages), code).toContain(code);
  });

  it.each(entries)('$code $id: both languages, the same data names, only catalog codes', ({ code, entry }) => {
    expect(Object.keys(catalog)).toContain(code);
    for (const template of [entry.message, ...(entry.hint ? [entry.hint] : [])]) {
      expect(template['zh-CN'].length).toBeGreaterThan(0);
      expect(template.en.length).toBeGreaterThan(0);
      expect(new Set(templateNames(template['zh-CN'])), code).toEqual(new Set(templateNames(template.en).filter((n) => n !== 'path')));
    }
  });

  it.each(entries)('$code $id: Chinese with full-width punctuation and no space between Chinese and a digit', ({ entry }) => {
    for (const zh of [entry.message['zh-CN'], entry.hint?.['zh-CN'] ?? '']) {
      expect(zh).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/);
    }
  });
});

describe('a diagnostic made from data', () => {
  const d = createDiagnostic('appeals/total', {
    file: 'a.yaml',
    line: 3,
    column: 12,
    path: ['appeals', 'reconsideration', 'total'],
    data: { label: '行政复议 / 总计', path: 'appeals.reconsideration.total', value: '0', sum: '11', terms: '10 + 1 + 0 + 0' },
  });

  it('keeps an English message and hint, and its data', () => {
    expect(d.message).toBe('行政复议 / 总计 (appeals.reconsideration.total) is 0, but its cells add up to 11: 10 + 1 + 0 + 0');
    expect(d.hint).toBe('write 11, or leave the total out and it is computed');
    expect(d.data).toMatchObject({ value: '0', sum: '11' });
  });

  it('renders in Chinese for zh-CN', () => {
    expect(messageText(d, 'zh-CN')).toBe('行政复议 / 总计 填写为0，但各项之和为11（10 + 1 + 0 + 0）');
    expect(hintText(d, 'zh-CN')).toBe('应填写11；也可不填总计，由程序计算');
  });

  it('the JSON reporter keeps code, path and data in both languages; its message follows the language', () => {
    const options = { color: false, sources: new Map<string, string>(), files: 1 };
    const zh = JSON.parse(reporters.json([d], { ...options, lang: 'zh-CN' })).diagnostics[0];
    const en = JSON.parse(reporters.json([d], { ...options, lang: 'en' })).diagnostics[0];
    for (const j of [zh, en]) expect(j).toMatchObject({ code: 'appeals/total', path: 'appeals.reconsideration.total', data: d.data });
    expect(zh.message).toBe('行政复议 / 总计 填写为0，但各项之和为11（10 + 1 + 0 + 0）');
    expect(en.message).toBe(d.message);
  });

  it('the pretty reporter writes its own words in Chinese and keeps the caret under a Chinese cell', () => {
    const source = new Map([['a.yaml', 'x\ny\n  行政复议: 0\n']]);
    const at = createDiagnostic('appeals/total', { file: 'a.yaml', line: 3, column: 9, path: [...d.path], data: d.data! });
    const out = reporters.pretty([at], { color: false, sources: source, files: 1, lang: 'zh-CN' }).split('\n');
    expect(out[0]).toBe('a.yaml:3:9  错误  appeals/total  行政复议 / 总计 填写为0，但各项之和为11（10 + 1 + 0 + 0）');
    expect(out[2]).toBe('      |             ^');
    expect(out[3]).toBe('      建议：应填写11；也可不填总计，由程序计算');
    expect(out.at(-2)).toBe('✖ 1个错误，0个警告（共1个文件）');
  });

  it('a code without templates refuses data', () => {
    expect(() => createDiagnostic('load/empty' as Code, { file: 'a', line: 0, column: 0, messageId: 'no-such-message', data: { x: 1 } })).toThrow(/message catalog/);
  });
});
