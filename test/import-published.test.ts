// report import on real published pages (test/fixtures/published, see its README): the
// figures expected here were read off the published tables by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importReport } from '../src/import.js';
import { createSubmissionValidator } from '../src/validate/run.js';
import { fixturePath } from './helpers/submissions.js';

const validate = createSubmissionValidator();
const row = (...figures: number[]) => Object.fromEntries(['individual', 'business', 'research', 'nonprofit', 'legal_services', 'other', 'total'].map((k, i) => [k, figures[i]]));
const appeal = (...figures: number[]) => Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((k, i) => [k, figures[i]]));

async function imported(name: string) {
  const bytes = new Uint8Array(readFileSync(fixturePath(`published/${name}`)));
  const result = await importReport(`published/${name}`, bytes, {}, validate);
  return { result, value: parse(result.yaml!) as Record<string, any> };
}

describe('report import of published pages', () => {
  it('平潭 2021 (Word-export HTML, a header spanning a blank sub-cell): every figure as printed', async () => {
    const { result, value } = await imported('pingtan-2021.html');
    expect([value.name, value.year, value.format, value.id]).toEqual(['平潭综合实验区', 2021, 'gb2021', 'pingtan-2021']);
    expect(value.active_disclosure).toEqual({
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 69, repealed: 3, in_force: 665 },
      licensing: { decisions: 2293 },
      penalties: { decisions: 1282 },
      enforcement: { decisions: 42 },
      fees: { amount: 24252.311082 },
    });
    expect(value.requests.received).toEqual(row(64, 0, 0, 2, 0, 4, 70));
    expect(value.requests.carried_over).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(value.requests.results.granted).toEqual(row(27, 0, 0, 2, 0, 1, 30));
    expect(value.requests.results.partially_granted).toEqual(row(5, 0, 0, 0, 0, 0, 5));
    expect(value.requests.results.withheld.internal_affairs).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(value.requests.results.withheld.enforcement_files).toEqual(row(6, 0, 0, 0, 0, 0, 6));
    expect(value.requests.results.withheld.administrative_query).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(value.requests.results.unavailable.not_held).toEqual(row(22, 0, 0, 0, 0, 3, 25));
    expect(value.requests.results.other.other).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(value.requests.results.total).toEqual(row(63, 0, 0, 2, 0, 4, 69));
    expect(value.requests.carried_forward).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(value.appeals).toEqual({ reconsideration: appeal(1, 0, 2, 0, 3), litigation_direct: appeal(12, 0, 0, 0, 12), litigation_after_reconsideration: appeal(0, 0, 0, 0, 0) });
    expect(value.processing_fees).toEqual({ charged: 0, collected: 0 });
    // The tables add up, 24252.311082 万元 included (6 places), and the text agrees with them.
    expect(result.diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
    expect(result.verdict).toMatchObject({ verdict: 'clean', errors: 0, warnings: 0 });
    expect(result.diagnostics.find((d) => d.code === 'import/prose')).toMatchObject({ messageId: 'fees-none', data: { quote: expect.stringContaining('无收取信息处理费') } });
  });

  it('平潭 2022 served as GBK: decoded by its charset, every figure as printed; its text says 收到75件 where the table has 74', async () => {
    const { result, value } = await imported('pingtan-2022.gbk.html');
    expect([value.name, value.year, value.format]).toEqual(['平潭综合实验区', 2022, 'gb2021']);
    expect(value.active_disclosure.normative_documents).toEqual({ issued: 88, repealed: 55, in_force: 698 });
    expect(value.active_disclosure.licensing).toEqual({ decisions: 10690 });
    expect(value.active_disclosure.penalties).toEqual({ decisions: 2113 });
    expect(value.active_disclosure.fees).toEqual({ amount: 9116.36 });
    expect(value.requests.received).toEqual(row(71, 3, 0, 0, 0, 0, 74));
    expect(value.requests.carried_over).toEqual(row(1, 0, 0, 0, 0, 0, 1));
    expect(value.requests.results.granted).toEqual(row(21, 0, 0, 0, 0, 0, 21));
    expect(value.requests.results.partially_granted).toEqual(row(8, 1, 0, 0, 0, 0, 9));
    expect(value.requests.results.withheld.process_information).toEqual(row(2, 0, 0, 0, 0, 0, 2));
    expect(value.requests.results.unavailable.not_held).toEqual(row(37, 0, 0, 0, 0, 0, 37));
    expect(value.requests.results.other.no_correction).toEqual(row(2, 0, 0, 0, 0, 0, 2));
    expect(value.requests.results.other.other).toEqual(row(0, 2, 0, 0, 0, 0, 2));
    expect(value.requests.results.total).toEqual(row(72, 3, 0, 0, 0, 0, 75));
    expect(value.requests.carried_forward).toEqual(row(0, 0, 0, 0, 0, 0, 0));
    expect(value.appeals).toEqual({ reconsideration: appeal(0, 1, 1, 0, 2), litigation_direct: appeal(1, 0, 0, 0, 1), litigation_after_reconsideration: appeal(0, 0, 0, 0, 0) });
    // Part 三's text: “2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件” —
    // 75 is what was handled (74 new + 1 carried over), not what was received.
    const complaints = result.diagnostics.filter((d) => d.severity !== 'note');
    expect(complaints.map((d) => [d.code, d.file])).toEqual([['narrative/contradicts-table', 'published/pingtan-2022.gbk.html']]);
    expect(complaints[0].message).toBe('the text says 75件, but the table gives 一、本年新收政府信息公开申请数量 · 总计 = 74');
    expect(result.verdict).toMatchObject({ verdict: 'errors', errors: 1, warnings: 0 });
  });
});
