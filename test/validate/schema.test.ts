// Schema diagnostics: every kind of hand-filled mistake, located and explained.
import { describe, expect, it } from 'vitest';
import { check, edit, fixture, located } from '../helpers/submissions.js';

const gb2021 = fixture('submissions/valid-gb2021.yaml');
const gb2019 = fixture('submissions/valid-gb2019.yaml');
const received = 'received: {individual: 120,';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message?: RegExp;
  readonly hint?: RegExp;
}

const cases: Case[] = [
  {
    name: 'a typo in a key',
    text: edit(gb2021, '    granted: {', '    granteed: {'),
    code: 'schema/unknown-key',
    path: 'requests.results.granteed',
    line: 17,
    column: 5,
    hint: /did you mean `granted` \(（一）予以公开\)\?/,
  },
  {
    name: 'full-width digits',
    text: edit(gb2021, received, 'received: {individual: １２０,'),
    code: 'schema/type',
    path: 'requests.received.individual',
    line: 14,
    column: 26,
    message: /full-width digits/,
    hint: /write 120 in half-width/,
  },
  {
    name: 'a blank cell',
    text: edit(gb2021, 'licensing: {decisions: 350}', 'licensing: {decisions: }'),
    code: 'schema/type',
    path: 'active_disclosure.licensing.decisions',
    line: 9,
    column: 26,
    message: /行政许可 · 本年处理决定数量 .* is blank/,
    hint: /write 0/,
  },
  ...['/', '—', '无', '-'].map(
    (mark): Case => ({
      name: `“${mark}” for nothing`,
      text: edit(gb2021, 'penalties: {decisions: 27}', `penalties: {decisions: "${mark}"}`),
      code: 'schema/type',
      path: 'active_disclosure.penalties.decisions',
      line: 10,
      column: 26,
      hint: /^write 0$/,
    }),
  ),
  {
    name: 'a number with a unit',
    text: edit(gb2021, 'penalties: {decisions: 27}', 'penalties: {decisions: 27件}'),
    code: 'schema/type',
    path: 'active_disclosure.penalties.decisions',
    line: 10,
    column: 26,
    hint: /without units/,
  },
  {
    name: 'a negative count',
    text: edit(gb2021, 'enforcement: {decisions: 3}', 'enforcement: {decisions: -3}'),
    code: 'schema/range',
    path: 'active_disclosure.enforcement.decisions',
    line: 11,
    column: 28,
    hint: /only 本年增\/减 is signed/,
  },
  {
    name: 'a fractional count',
    text: edit(gb2021, 'enforcement: {decisions: 3}', 'enforcement: {decisions: 3.5}'),
    code: 'schema/type',
    path: 'active_disclosure.enforcement.decisions',
    line: 11,
    column: 28,
  },
  {
    name: 'an amount with seven decimal places',
    text: edit(gb2021, 'fees: {amount: 25.1}', 'fees: {amount: 25.1234567}'),
    code: 'schema/decimal-places',
    path: 'active_disclosure.fees.amount',
    line: 12,
    column: 18,
  },
  {
    name: 'fees in 元 with more than 2 places',
    text: edit(gb2021, 'collected: 150.5}', 'collected: 150.505}'),
    code: 'schema/decimal-places',
    path: 'processing_fees.collected',
    line: 48,
    column: 42,
  },
  {
    name: 'a missing applicant cell',
    text: edit(gb2021, 'granted: {individual: 60, ', 'granted: {'),
    code: 'schema/required',
    path: 'requests.results.granted',
    line: 17,
    column: 5,
    message: /missing `individual` \(（一）予以公开 · 自然人\)/,
  },
  {
    name: 'a count beyond the safe integers',
    text: edit(gb2021, 'licensing: {decisions: 350}', 'licensing: {decisions: 90071992547409930}'),
    code: 'schema/range',
    path: 'active_disclosure.licensing.decisions',
    line: 9,
    column: 26,
  },
  {
    name: 'an unknown format',
    text: edit(gb2021, 'format: gb2021', 'format: gb2020'),
    code: 'schema/value',
    path: 'format',
    line: 5,
    column: 9,
  },
  {
    name: 'an id that cannot name a file',
    text: edit(gb2021, 'id: finance', 'id: 财政局'),
    code: 'schema/value',
    path: 'id',
    line: 1,
    column: 5,
  },
  {
    name: 'processing fees missing in gb2021',
    text: edit(gb2021, 'processing_fees: {charged: 2, collected: 150.5}\n', ''),
    code: 'schema/required',
    path: '',
    line: 1,
    column: 1,
    message: /missing `processing_fees`/,
  },
];

describe('schema diagnostics', () => {
  it.each(cases)('$name', ({ text, code, path, line, column, message, hint }) => {
    const found = check(text);
    expect(found.map(located)).toEqual([{ code, path, line, column }]);
    if (message) expect(found[0].message).toMatch(message);
    if (hint) expect(found[0].hint).toMatch(hint);
  });

  it('accepts a negative 本年增/减 in gb2019', () => {
    expect(check(edit(gb2019, 'change: -2', 'change: -20'))).toEqual([]);
  });

  it('reports every mistake in a file, not just the first', () => {
    let text = edit(gb2021, '    granted: {', '    granteed: {');
    text = edit(text, 'enforcement: {decisions: 3}', 'enforcement: {decisions: -3}');
    text = edit(text, 'fees: {amount: 25.1}', 'fees: {amount: 无}');
    expect(check(text).map((d) => d.code).sort()).toEqual(['schema/range', 'schema/type', 'schema/unknown-key']);
  });

  it('sums exactly: 0.1 + 0.2 style amounts are accepted as written', () => {
    expect(check(edit(gb2021, 'fees: {amount: 25.1}', 'fees: {amount: 0.3}'))).toEqual([]);
  });
});
