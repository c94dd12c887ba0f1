// The CLI's own sentences (usage errors, what a command wrote, why 2 report.json cannot
// be compared): every one in both languages with the same data names, and the Chinese
// in the typography of issue 16.
import { describe, expect, it } from 'vitest';
import { cliText, cliWords } from '../../src/cli/words.js';
import { UsageError } from '../../src/diagnostics/errors.js';
import { templateNames } from '../../src/diagnostics/messages/index.js';
import { reportJsonProblems, usageMessages } from '../../src/diagnostics/messages/usage.js';
import { countOf, oneOf } from '../../src/diagnostics/messages/localized.js';

const templates = [
  ...Object.entries(usageMessages).map(([id, template]) => ({ id: `usage ${id}`, template })),
  ...Object.entries(reportJsonProblems).map(([id, template]) => ({ id: `report.json ${id}`, template })),
  ...Object.entries(cliWords).map(([id, template]) => ({ id: `cli ${id}`, template })),
];

describe("the CLI's words", () => {
  it.each(templates)('$id: both languages with the same data names', ({ template }) => {
    expect(template['zh-CN'].length).toBeGreaterThan(0);
    expect(template.en.length).toBeGreaterThan(0);
    expect(new Set(templateNames(template['zh-CN']))).toEqual(new Set(templateNames(template.en)));
  });

  it.each(templates)('$id: Chinese with full-width punctuation and no space between Chinese and a digit', ({ template }) => {
    const zh = template['zh-CN'];
    expect(zh).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/);
  });

  it('covers the usage errors and lines the commands print', () => {
    for (const id of ['lang-unknown', 'year-invalid', 'format-unknown', 'format-year-conflict', 'file-unreadable', 'outputs-unwritable', 'import-not-ours', 'new-exists']) expect(Object.keys(usageMessages)).toContain(id);
    for (const id of ['usage-error', 'internal-error-debug', 'init-created', 'new-wrote-yaml', 'build-wrote', 'progress-scan']) expect(Object.keys(cliWords)).toContain(id);
  });
});

describe('a usage error', () => {
  const error = new UsageError('year-invalid', { flag: '--year', given: 'abc' });

  it('carries an id and data, with an English message for logs and tests', () => {
    expect(error).toMatchObject({ messageId: 'year-invalid', data: { flag: '--year', given: 'abc' }, exitCode: 2 });
    expect(error.message).toBe('--year "abc" is not a year');
  });

  it('is printed in the chosen language', () => {
    expect(cliText('usage-error', { text: error.text('zh-CN') }, 'zh-CN')).toBe('report：--year「abc」不是年份');
    expect(cliText('usage-error', { text: error.text('en') }, 'en')).toBe('report: --year "abc" is not a year');
  });

  it('joins choices and counts in each language', () => {
    const choices = new UsageError('format-unknown', { given: 'gb1999', choices: oneOf(['gb2019', 'gb2021']) });
    expect(choices.text('zh-CN')).toBe('没有名为「gb1999」的国家格式：应为 gb2019或gb2021');
    expect(choices.text('en')).toBe('unknown format "gb1999": expected gb2019 or gb2021');
    expect(cliText('build-wrote', { files: countOf(1, 'file', '个文件'), dir: 'dist', removed: '' }, 'en')).toBe('wrote 1 file to dist');
    expect(cliText('build-wrote', { files: countOf(4, 'file', '个文件'), dir: 'dist', removed: '' }, 'zh-CN')).toBe('已把4个文件写到 dist');
  });
});
