// Each consistency rule, as a table of edits to a valid submission and the located
// diagnostics they must give (ESLint's RuleTester style).
import { describe, expect, it } from 'vitest';
import { check, edit, fixture, located } from '../helpers/submissions.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');
const gb2019 = fixture('submissions/valid-gb2019.yaml');

describe('valid submissions', () => {
  it.each([
    ['gb2021', gb2021],
    ['gb2019', gb2019],
  ])('%s fixture has no diagnostics', (_, text) => {
    expect(check(text)).toEqual([]);
  });

  it('accepts a submission without any total, computing them', () => {
    const noTotals = gb2021
      .replace(', total: 132}', '}')
      .replace(/    total: \{[^\n]*\n/, '')
      .replace(/, total: \d+\}/g, '}');
    expect(noTotals).not.toMatch(/total:/);
    expect(check(noTotals)).toEqual([]);
  });
});

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: readonly { code: string; path: string; line: number; column: number }[];
}

const cases: Case[] = [
  {
    name: 'requests/balance: 自然人 off by one',
    text: edit(gb2021, 'carried_forward: {individual: 7,', 'carried_forward: {individual: 8,'),
    expected: [
      { code: 'requests/balance', path: 'requests.carried_forward.individual', line: 43, column: 33 },
      { code: 'requests/balance', path: 'requests.results.total.total', line: 42, column: 106 },
    ],
  },
  {
    name: 'requests/row-total: a given 总计 that is not the sum of its row',
    text: edit(gb2021, 'legal_services: 3, other: 0, total: 132}', 'legal_services: 3, other: 0, total: 133}'),
    expected: [
      { code: 'requests/balance', path: 'requests.results.total.total', line: 42, column: 106 },
      { code: 'requests/row-total', path: 'requests.received.total', line: 14, column: 107 },
    ],
  },
  {
    name: 'requests/results-total: a given （七）总计 that is not the sum of the result rows',
    text: edit(gb2021, 'total: {individual: 118,', 'total: {individual: 119,'),
    expected: [
      { code: 'requests/balance', path: 'requests.carried_forward.individual', line: 43, column: 33 },
      { code: 'requests/results-total', path: 'requests.results.total.individual', line: 42, column: 25 },
      { code: 'requests/row-total', path: 'requests.results.total.total', line: 42, column: 106 },
    ],
  },
  {
    name: 'appeals/total: 行政复议 总计 not the sum',
    text: edit(gb2021, 'pending: 1, total: 4}', 'pending: 1, total: 5}'),
    expected: [{ code: 'appeals/total', path: 'appeals.reconsideration.total', line: 45, column: 75 }],
  },
  {
    name: 'active/total-published: gb2019 total smaller than this year',
    text: edit(gb2019, 'published: 4, total_published: 31', 'published: 4, total_published: 3'),
    expected: [{ code: 'active/total-published', path: 'active_disclosure.normative_documents.total_published', line: 8, column: 68 }],
  },
];

describe('consistency rules', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const key = (d: { code: string; path: string }) => `${d.code} ${d.path}`;
    const found = check(text).map(located);
    expect(found.sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(expected);
  });

  it('states both sides of the balance with printed labels', () => {
    const [d] = check(edit(gb2021, 'carried_forward: {individual: 7,', 'carried_forward: {individual: 8,'));
    expect(d.message).toBe('自然人 (individual): 本年新收 120 + 上年结转 5 = 125, but （七）总计 118 + 结转下年度 8 = 126');
    expect(d.related?.map((r) => [r.label, r.value, r.line])).toEqual([
      ['本年新收 · 自然人', '120', 14],
      ['上年结转 · 自然人', '5', 15],
      ['（七）总计 · 自然人', '118', 42],
    ]);
  });

  it('a warning is a warning, an error an error', () => {
    const [warning] = check(edit(gb2019, 'published: 4, total_published: 31', 'published: 4, total_published: 3'));
    expect(warning.severity).toBe('warning');
    const [error] = check(edit(gb2021, 'pending: 1, total: 4}', 'pending: 1, total: 5}'));
    expect(error.severity).toBe('error');
    expect(error.message).toBe('行政复议 / 总计 (appeals.reconsideration.total) is 5, but its cells add up to 4: 2 + 1 + 0 + 1');
  });
});
