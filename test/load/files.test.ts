// Display paths: forward slashes on every system, whatever separators the user typed.
import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAbsolutePath, joinPath, slashed } from '../../src/load/files.js';

describe('joinPath', () => {
  it.each([
    ['city', 'submissions/finance.yaml', 'city/submissions/finance.yaml'],
    ['city', 'submissions\\市级部门\\财政局.yaml', 'city/submissions/市级部门/财政局.yaml'],
    ['.\\city', 'narrative\\概述.md', 'city/narrative/概述.md'],
    ['city\\', 'roster.yaml', 'city/roster.yaml'],
    ['C:\\报告\\2024', 'report.yaml', 'C:/报告/2024/report.yaml'],
    ['.', '.\\roster.yaml', 'roster.yaml'],
    ['city', '.\\说明\\.\\概述.md', 'city/说明/概述.md'],
    ['', 'report.yaml', 'report.yaml'],
  ])('joins %j and %j as %j, the file Windows would open', (dir, relative, expected) => {
    const joined = joinPath(dir, relative);
    expect(joined).toBe(expected);
    expect(joined).not.toContain('\\');
    expect(win32.normalize(joined)).toBe(win32.join(dir, relative).replace(/\\$/, ''));
  });

  it.each([
    ['city', 'D:\\字体\\仿宋.ttf', 'D:/字体/仿宋.ttf'],
    ['city', '\\\\fileserver\\share\\roster.yaml', '//fileserver/share/roster.yaml'],
    ['city', '/srv/fonts/fs.ttf', '/srv/fonts/fs.ttf'],
  ])('keeps an absolute path %j given in %j as it is, slashed', (dir, path, expected) => {
    expect(joinPath(dir, path)).toBe(expected);
    expect(isAbsolutePath(slashed(path))).toBe(true);
    expect(win32.isAbsolute(path)).toBe(true);
    expect(win32.normalize(joinPath(dir, path))).toBe(win32.normalize(path));
  });
});
