// The progress bar: drawn on a terminal after a second, through checking and rendering;
// nothing with --quiet, in CI, or when stderr is not a terminal.
import { describe, expect, it } from 'vitest';
import { progressBar, type Terminal } from '../../src/cli/progress.js';

function terminal(isTTY: boolean, env: Record<string, string> = {}) {
  let clock = 0;
  const written: string[] = [];
  const term: Terminal = { stream: { isTTY, write: (t: string) => written.push(t) }, env, now: () => clock };
  return { term, written, tick: (ms: number) => (clock += ms) };
}

describe('progress bar', () => {
  it('after a second, shows files checked and then reports rendered', () => {
    const { term, written, tick } = terminal(true);
    const bar = progressBar({ lang: 'en' }, term);
    bar.update!(10, 100, 'scan');
    expect(written).toEqual([]);
    tick(1500);
    bar.update!(100, 100, 'scan');
    tick(5);
    bar.update!(3, 29, 'render');
    tick(500);
    bar.update!(29, 29, 'render');
    bar.done();
    expect(written.join('')).toContain('100/100 files checked');
    expect(written.join('')).toContain('3/29 reports rendered');
    expect(written.join('')).toContain('29/29 reports rendered');
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('speaks Chinese for zh-CN', () => {
    const { term, written, tick } = terminal(true);
    const bar = progressBar({ lang: 'zh-CN' }, term);
    tick(1500);
    bar.update!(100, 100, 'scan');
    tick(5);
    bar.update!(3, 29, 'render');
    expect(written.join('')).toContain('] 已检查100/100个文件');
    expect(written.join('')).toContain('] 已生成3/29份报告');
  });

  it.each([
    ['--quiet', { quiet: true }, true, {}],
    ['not a terminal', {}, false, {}],
    ['CI', {}, true, { CI: 'true' }],
  ] as const)('draws nothing: %s', (_, options, isTTY, env) => {
    const { term, written, tick } = terminal(isTTY, env);
    const bar = progressBar(options, term);
    expect(bar.update).toBeUndefined();
    tick(5000);
    bar.done();
    expect(written).toEqual([]);
  });
});
