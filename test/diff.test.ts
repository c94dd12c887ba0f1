// report diff: the 更正说明 between two report.json files names exactly what changed,
// to the last digit of numbers a double cannot hold.
import { describe, expect, it } from 'vitest';
import { correctionMarkdown, diffReports, isUnchanged, parseReportJson } from '../src/diff.js';

const report = (fields: string) => `{"id": "city", "name": "示例市", "year": 2023, "format": "gb2021", ${fields}}`;

function diff(oldText: string, newText: string) {
  const result = diffReports(parseReportJson(oldText), parseReportJson(newText));
  if (!result.ok) throw new Error(result.problem.id);
  return result.correction;
}

describe('diffReports', () => {
  it('sees a change in the last digit of an amount or a count beyond what a double holds', () => {
    const a = report('"active_disclosure": {"fees": {"amount": 123456789012345.6789}}, "requests": {"received": {"total": 9007199254740993}}');
    const b = report('"active_disclosure": {"fees": {"amount": 123456789012345.6788}}, "requests": {"received": {"total": 9007199254740992}}');
    expect(diff(a, b).figures.map((f) => [f.key, f.old, f.new])).toEqual([
      ['active_disclosure.fees.amount', '123456789012345.6789', '123456789012345.6788'],
      ['requests.received.total', '9007199254740993', '9007199254740992'],
    ]);
    expect(isUnchanged(diff(a, a))).toBe(true);
  });

  it('treats 25.1 and 25.10 as the same amount, and a figure given in one build only as a change', () => {
    const c = diff(report('"active_disclosure": {"fees": {"amount": 25.10}}'), report('"active_disclosure": {"fees": {"amount": 25.1}}, "processing_fees": {"notices": 3}'));
    expect(c.figures.map((f) => [f.key, f.part, f.row, f.column, f.old, f.new])).toEqual([['processing_fees.notices', '六、其他需要报告的事项', '信息处理费', '发出收费通知件数', '—', '3']]);
  });

  it('names units added, removed and re-submitted, and narrative parts that changed', () => {
    const unit = (id: string, sha: string) => `{"id": "${id}", "name": "${id}局", "sha256": "${sha.repeat(64)}"}`;
    const a = report(`"units": [${unit('a', '1')}, ${unit('b', '2')}], "narrative": {"overview": "全市共受理申请3517件。", "problems": "一是……"}`);
    const b = report(`"units": [${unit('b', '3')}, ${unit('c', '4')}], "narrative": {"overview": "全市共受理申请3517件。", "problems": "一是……二是……"}`);
    const c = diff(a, b);
    expect([c.unitsAdded, c.unitsRemoved, c.unitsResubmitted, c.narrative]).toEqual([[{ id: 'c', name: 'c局' }], [{ id: 'a', name: 'a局' }], [{ id: 'b', name: 'b局' }], ['五、存在的主要问题及改进情况']]);
    expect(correctionMarkdown(c)).toBe(
      [
        '## 更正说明',
        '',
        '与此前发布的版本相比，本报告更正数据0项。',
        '',
        '新增汇总单位1个：c局（c）。',
        '',
        '不再汇总的单位1个：a局（a）。',
        '',
        '重新报送数据的单位1个：b局（b）。',
        '',
        '文字有修改的部分：五、存在的主要问题及改进情况。',
        '',
      ].join('\n'),
    );
  });

  it('refuses to compare reports in different formats', () => {
    const result = diffReports(parseReportJson(report('"units": []').replace('gb2021', 'gb2019')), parseReportJson(report('"units": []')));
    expect(result).toEqual({ ok: false, problem: { id: 'formats-differ', data: { old: 'gb2019', new: 'gb2021' } } });
  });

  it('leaves numbers inside strings alone', () => {
    expect(parseReportJson('{"a": "x 1.50 \\" 2", "b": [1.50, -3e2]}')).toEqual({ a: 'x 1.50 " 2', b: ['\u0000number:1.50', '\u0000number:-3e2'] });
  });
});
