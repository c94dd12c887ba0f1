// report explain: a code's severity and meaning in the chosen language; an unknown code
// is a usage error that names the codes meant.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/cli/explain.js';
import { catalog } from '../../src/diagnostics/catalog.js';
import { UsageError } from '../../src/diagnostics/errors.js';

describe('report explain', () => {
  it('gives one code in either language', () => {
    expect(explainText('requests/balance', 'zh-CN')).toBe('requests/balance  错误  每一列：一 + 二 = 三（七）总计 + 四\n');
    expect(explainText('import/blank-zero', 'en')).toBe('import/blank-zero  note  a blank printed cell read as 0\n');
  });

  it('lists every code without one, sorted', () => {
    expect(explainText(undefined, 'zh-CN').trimEnd().split('\n').map((l) => l.split('  ')[0])).toEqual(Object.keys(catalog).sort());
  });

  it('refuses an unknown code, suggesting the ones meant', () => {
    let error: unknown;
    try {
      explainText('unreadable', 'zh-CN');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).messageId).toBe('code-unknown');
    expect((error as UsageError).text('zh-CN')).toBe('没有代码「unreadable」：是否想输入 import/unreadable或load/unreadable？');
    expect((error as UsageError).message).toBe('no code "unreadable": did you mean import/unreadable or load/unreadable?');
  });
});
