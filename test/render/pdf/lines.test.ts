// Title and heading lines: balanced, never a lone last character, never a break inside a
// number or before closing punctuation.
import { describe, expect, it } from 'vitest';
import { balancedLines, unbreakable } from '../../../src/render/pdf/lines.js';

// Every CJK character 1 wide, ASCII ½: close to a real Song face.
const widthOf = (text: string): number => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 128 ? 0.5 : 1), 0);

describe('title lines', () => {
  it('keeps numbers and closing punctuation with their neighbours', () => {
    expect(unbreakable('宁波市2020年（修订）。')).toEqual(['宁', '波', '市', '2020年', '（修', '订）。']);
  });

  it.each([
    ['某某县人民政府政府信息公开工作年度报告全文', 20],
    ['宁波市2020年政府信息公开工作年度报告', 18],
    ['示例自治州人民政府办公室关于二〇二三年政府信息公开工作年度报告的说明', 20],
  ])('%s in lines of at most %i: balanced, no lone character', (title, max) => {
    const lines = balancedLines(title, widthOf, max);
    expect(lines.join('')).toBe(title);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(max);
    expect(Math.max(...lines.map(widthOf)) - Math.min(...lines.map(widthOf))).toBeLessThanOrEqual(3);
    expect([...lines.at(-1)!].length).toBeGreaterThan(1);
  });

  it('leaves a title that fits on one line', () => {
    expect(balancedLines('示例市报告', widthOf, 20)).toEqual(['示例市报告']);
  });
});
