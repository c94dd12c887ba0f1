// Every code says what it means in Chinese too (report explain prints it), in the
// typography of issue 16.
import { describe, expect, it } from 'vitest';
import { catalog, type Code } from '../../src/diagnostics/catalog.js';
import { chineseTitles, codeTitle } from '../../src/diagnostics/titles.js';

describe('the catalog titles in Chinese', () => {
  it('has one for every code, and none for a code the catalog lacks', () => {
    expect(Object.keys(catalog).filter((code) => chineseTitles[code as Code] === undefined)).toEqual([]);
    expect(Object.keys(chineseTitles).filter((code) => !Object.hasOwn(catalog, code))).toEqual([]);
  });

  it.each(Object.entries(chineseTitles))('%s: full-width punctuation, no space between Chinese and a digit', (_, title) => {
    expect(title).toMatch(/[\u4e00-\u9fff]/);
    expect(title).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/);
    expect(title).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/);
  });

  it('is chosen by the language', () => {
    expect(codeTitle('import/unreadable', 'zh-CN')).toBe('印出的单元格无法准确读作数字');
    expect(codeTitle('import/unreadable', 'en')).toBe(catalog['import/unreadable'].title);
  });
});
