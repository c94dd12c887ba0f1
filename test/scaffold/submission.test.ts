// `report new` and `report convert` YAML: the comments around the figures are in Chinese;
// each key's comment is its printed label.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formats } from '../../src/formats/index.js';
import { scaffoldSubmission } from '../../src/scaffold/submission.js';
import { notChinese, proseComments } from '../helpers/comments.js';

describe('report new YAML', () => {
  it.each(Object.values(formats))('is commented in Chinese ($id)', (format) => {
    const text = scaffoldSubmission({ id: 'finance', name: '示例市财政局', group: '市级部门', year: format.id === 'gb2019' ? 2020 : 2023, format, schemaUrl: 'schemas/x.json' });
    const comments = proseComments(text);
    expect(comments).toContain('每一项都先填了0，请改成本单位的数字。没有的填0，不要留空，也不要填“/”或“无”。');
    expect(notChinese(comments)).toEqual([]);
    expect(parse(text).requests.received.individual).toBe(0);
  });

  it('says in Chinese that a converted file keeps the source figures', () => {
    const text = scaffoldSubmission({ id: 'finance', name: '示例市财政局', year: 2023, format: formats.gb2021, value: { requests: { received: { individual: 12 } } } });
    expect(text).toContain('\n# 由 `report convert` 转换而来：数字与原文件相同。\n');
    expect(notChinese(proseComments(text))).toEqual([]);
    expect(parse(text).requests.received.individual).toBe(12);
  });
});
