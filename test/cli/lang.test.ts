// Choosing the language at the edge, and commander's own errors in Chinese.
import { describe, expect, it } from 'vitest';
import { chooseLang } from '../../src/cli/lang.js';
import { translateCommanderError } from '../../src/cli/help.js';

describe('chooseLang', () => {
  it('is zh-CN by default, en from REPORT_LANG, and --lang wins', () => {
    expect(chooseLang(['validate', '.'], {})).toBe('zh-CN');
    expect(chooseLang(['validate', '.'], { REPORT_LANG: 'en' })).toBe('en');
    expect(chooseLang(['validate', '.'], { REPORT_LANG: 'en_US.UTF-8' })).toBe('en');
    expect(chooseLang(['validate', '--lang', 'zh-CN'], { REPORT_LANG: 'en' })).toBe('zh-CN');
    expect(chooseLang(['validate', '--lang=en'], {})).toBe('en');
    expect(chooseLang(['validate'], { REPORT_LANG: 'fr' })).toBe('zh-CN');
  });

  it('refuses a language it does not have', () => {
    expect(() => chooseLang(['--lang', 'fr'], {})).toThrow('--lang "fr": expected zh-CN or en');
  });
});

describe("commander's errors in Chinese", () => {
  it('translates the usual ones and leaves others alone', () => {
    expect(translateCommanderError("error: unknown option '--fast'\n(Did you mean --fix?)\n")).toBe("错误：未知选项 '--fast'\n（是否想输入 --fix？）\n");
    expect(translateCommanderError("error: missing required argument 'agency-id'\n")).toBe("错误：缺少必需的参数 'agency-id'\n");
    expect(translateCommanderError('something else\n')).toBe('something else\n');
  });
});
