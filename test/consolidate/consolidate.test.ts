// Consolidation against sums computed independently, and its laws for all inputs:
// consistent submissions sum to a consistent submission, whatever their order.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { cellsOf } from '../../src/formats/cells.js';
import { formats } from '../../src/formats/index.js';
import { renderJson } from '../../src/render/json.js';
import { loadSource } from '../../src/load/source.js';
import { check, fixture } from '../helpers/submissions.js';
import { submissionArbitrary } from '../helpers/generate.js';

const model = cellsOf(formats.gb2021);

function parse(text: string): Record<string, unknown> {
  const loaded = loadSource('x.yaml', new TextEncoder().encode(text));
  if (!loaded.ok) throw new Error(loaded.diagnostics[0].message);
  return loaded.source.value;
}

/** The naive reference: add every number found at the same path, by walking the objects. */
function walkSum(values: readonly unknown[], path: string[] = []): Map<string, number> {
  const sums = new Map<string, number>();
  const visit = (node: unknown, at: string[]): void => {
    if (typeof node === 'number') sums.set(at.join('.'), (sums.get(at.join('.')) ?? 0) + node);
    else if (node && typeof node === 'object' && !Array.isArray(node)) for (const [k, v] of Object.entries(node)) visit(v, [...at, k]);
  };
  for (const v of values) visit(v, path);
  return sums;
}

const consolidated = (values: readonly Record<string, unknown>[]) =>
  JSON.parse(renderJson(consolidate(values.map((value) => ({ value, sha256: createHash('sha256').update(String(value.id)).digest('hex') })), formats.gb2021, model, ['市级部门']), model, { id: 'city', name: '示例市', year: 2023 }));

describe('consolidate', () => {
  it('equals the cell-wise sum of the fixtures, totals included', () => {
    const a = parse(fixture('submissions/valid-gb2021.yaml'));
    const b = parse(fixture('submissions/valid-gb2021.yaml').replace('id: finance', 'id: police').replace('licensing: {decisions: 350}', 'licensing: {decisions: 1}'));
    const result = consolidated([a, b]);
    expect(result.active_disclosure.licensing.decisions).toBe(351);
    expect(result.requests.received.total).toBe(264);
    expect(result.requests.results.total.total).toBe(260);
    expect(result.appeals.reconsideration.total).toBe(8);
    // totals left out by both inputs are computed: litigation_after_reconsideration has none
    expect(result.appeals.litigation_after_reconsideration.total).toBe(0);
    const reference = walkSum([a, b].map(({ active_disclosure, requests, appeals }) => ({ active_disclosure, requests, appeals })));
    for (const [path, sum] of reference) {
      const got = path.split('.').reduce((node: any, k) => node[k], result);
      expect(got, path).toBeCloseTo(sum, 6);
    }
  });

  it('sums amounts exactly: 0.1 万元 + 0.2 万元 = 0.3 万元', () => {
    const base = fixture('submissions/valid-gb2021.yaml');
    const a = parse(base.replace('fees: {amount: 25.1}', 'fees: {amount: 0.1}'));
    const b = parse(base.replace('id: finance', 'id: b').replace('fees: {amount: 25.1}', 'fees: {amount: 0.2}'));
    const text = renderJson(consolidate([a, b].map((value) => ({ value, sha256: '0'.repeat(64) })), formats.gb2021, model, []), model, { id: 'x', name: 'x', year: 2023 });
    expect(text).toContain('"amount": 0.3\n');
    expect(text).toContain('"collected": 301\n');
  });

  it('counts the units that gave an optional figure', () => {
    const base = fixture('submissions/valid-gb2021.yaml');
    const a = parse(base.replace('collected: 150.5}', 'collected: 150.5, notices: 3}'));
    const b = parse(base.replace('id: finance', 'id: b'));
    const result = consolidated([a, b]);
    expect(result.processing_fees.notices).toBe(3);
    expect(result.coverage['processing_fees.notices']).toBe(1);
    expect(result.processing_fees.notice_amount).toBeUndefined();
  });

  it('law: consistent submissions give a consistent sum equal to the cell-wise sum, in any order', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), { minLength: 1, maxLength: 6 });
    const units = ids.chain((list) => fc.tuple(...list.map((id) => submissionArbitrary(formats.gb2021, fc.constant(id), 2023))));
    // A real permutation of the same submissions (fast-check shuffles and shrinks it).
    const unitsAndOrder = units.chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length })));
    fc.assert(
      fc.property(unitsAndOrder, ([values, shuffled]) => {
        expect([...shuffled].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))).toEqual([...values].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)));
        for (const v of values) expect(check(stringify(v))).toEqual([]);
        const sum = consolidated(values);
        expect(consolidated(shuffled)).toEqual(sum);
        expect(check(JSON.stringify(sum))).toEqual([]);
        const reference = walkSum(values.map(({ requests, appeals }) => ({ requests, appeals })));
        for (const [path, n] of reference) expect(path.split('.').reduce((node: any, k) => node[k], sum), path).toBe(n);
      }),
      { numRuns: 25 },
    );
  });
});
