// `report <command> --help` in Chinese: every option and argument is described in
// Chinese, and commander's “(choices: …, default: …)” too.
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

const commands = ['init', 'new', 'validate', 'build', 'convert', 'import', 'schema', 'diff', 'explain', 'preview'];

describe('help in Chinese', () => {
  it.each(commands)('report %s --help describes every option and argument in Chinese', (command) => {
    const { stdout, status } = runReport([command, '--help'], '.', { REPORT_LANG: 'zh-CN' });
    expect(status).toBe(0);
    const described = stdout.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(described.length).toBeGreaterThan(0);
    expect(described.filter((line) => !/[\u4e00-\u9fff]/.test(line))).toEqual([]);
    expect(stdout).not.toMatch(/\(default:|\(choices:/);
  });

  it('keeps English for --lang en', () => {
    const stdout = runReport(['build', '--help'], '.', { REPORT_LANG: 'en' }).stdout.replace(/\s+/g, ' ');
    expect(stdout).toContain('--per-agency');
    expect(stdout).toContain("also render each agency's own report into agencies/");
    expect(stdout).toContain('(choices: "github", "json", "pretty", default: "pretty")');
  });
});
