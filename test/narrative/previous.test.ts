// previous.json is checked (year, region, units), compared only where both formats have
// the figure, and the helpers refuse what would print nonsense.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { cellsOf } from '../../src/formats/cells.js';
import { formats } from '../../src/formats/index.js';
import { loadSource } from '../../src/load/source.js';
import { renderJson } from '../../src/render/json.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { edit, fixture, located } from '../helpers/submissions.js';

const finance2021 = edit(fixture('submissions/valid-gb2021.yaml'), 'year: 2023', 'year: 2021');

/** A consolidated report.json of `text`'s submission, as last year's build wrote it. */
function reportJson(text: string, format: 'gb2019' | 'gb2021', identity: { name: string; year: number }): string {
  const loaded = loadSource('x.yaml', new TextEncoder().encode(text));
  if (!loaded.ok) throw new Error('fixture');
  const model = cellsOf(formats[format]);
  return renderJson(consolidate([{ value: loaded.source.value, sha256: '0'.repeat(64) }], formats[format], model, []), model, { id: 'city', ...identity });
}

const previous2020 = reportJson(edit(fixture('submissions/valid-gb2019.yaml'), 'id: housing', 'id: finance'), 'gb2019', { name: '示例市', year: 2020 });
const project = (overview: string, previous = previous2020, extra: Record<string, string> = {}) =>
  buildProject(
    {
      'report.yaml': reportYaml('gb2021', 2021, 'previous: previous.json\nnarrative: {overview: overview.md}\n'),
      'previous.json': previous,
      'overview.md': overview,
      'submissions/finance.yaml': finance2021,
      ...extra,
    },
    projectOptions(['md']),
  );

/** The diagnostics but warnings these projects give anyway (the fixtures' 上年结转 do not follow on; part 五 is unwritten). */
const relevant = (result: Awaited<ReturnType<typeof project>>) => result.diagnostics.filter((d) => d.code !== 'continuity/carried-over' && d.code !== 'narrative/empty-problems');
const codes = (result: Awaited<ReturnType<typeof project>>) => relevant(result).map((d) => ({ ...located(d), file: d.file }));

describe('previous.json', () => {
  it('across the 2020 → 2021 format change, a figure both formats have is compared', async () => {
    const result = await project('共受理{{requests.received.total}}件，比上年{{change requests.received.total}}。\n');
    expect(relevant(result)).toEqual([]);
    expect(result.failed).toBe(false);
    // 2020 (gb2019 fixture): 49 received; 2021: 132
    expect(new TextDecoder().decode(result.outputs.get('report.md'))).toContain('共受理132件，比上年增加169.4%。');
  });

  it('a figure the old format lacks is a located narrative error naming the format', async () => {
    const result = await project('第一段。\n\n{{change requests.results.other.no_correction.total}}\n');
    expect(codes(result)).toEqual([{ code: 'narrative/placeholder', path: '', line: 3, column: 10, file: 'p/overview.md' }]);
    expect(relevant(result)[0]).toMatchObject({
      messageId: 'previousOtherFormat',
      data: { placeholder: '{{change}}', file: 'p/previous.json', format: 'gb2019', argument: 'requests.results.other.no_correction.total' },
    });
  });

  it('previous/year: not the year before', async () => {
    const result = await project('无。\n', previous2020.replace('"year": 2020', '"year": 2019'));
    expect(codes(result)).toEqual([{ code: 'previous/year', path: 'year', line: 4, column: 11, file: 'p/previous.json' }]);
    expect(relevant(result)[0].data).toEqual({ year: '2019', expected: 2020, reportYear: 2021 });
    expect(result.failed).toBe(true);
  });

  it('previous/region: another region\'s report', async () => {
    const result = await project('无。\n', previous2020.replace('"name": "示例市"', '"name": "另一市"'));
    expect(codes(result)).toEqual([{ code: 'previous/region', path: 'name', line: 3, column: 11, file: 'p/previous.json' }]);
    expect(result.failed).toBe(true);
  });

  it('previous/units: fewer than half of last year\'s units submitted (a warning)', async () => {
    const result = await project('无。\n', previous2020.replace('"id": "finance"', '"id": "somewhere-else"'));
    expect(codes(result).map((d) => d.code)).toEqual(['previous/units']);
    expect(relevant(result)[0].severity).toBe('warning');
    expect(relevant(result)[0].data).toEqual({ matched: 0, total: 1 });
  });
});

describe('helpers that would print nonsense', () => {
  // 2022 against 2021, both in gb2021
  const same = reportJson(finance2021, 'gb2021', { name: '示例市', year: 2021 });
  const project = (overview: string, previous: string) =>
    buildProject(
      {
        'report.yaml': reportYaml('gb2021', 2022, 'previous: previous.json\nnarrative: {overview: overview.md}\n'),
        'previous.json': previous,
        'overview.md': overview,
        'submissions/finance.yaml': edit(finance2021, 'year: 2021', 'year: 2022'),
      },
      projectOptions(['md']),
    );

  it('{{percent a b}} with b = 0 is an error', async () => {
    const result = await project('{{percent requests.received.total requests.results.withheld.state_secret.total}}\n', same);
    expect(codes(result)).toEqual([{ code: 'narrative/placeholder', path: '', line: 1, column: 35, file: 'p/overview.md' }]);
    expect(relevant(result)[0]).toMatchObject({ messageId: 'percentOfZero', data: { placeholder: '{{percent}}', argument: 'requests.results.withheld.state_secret.total' } });
  });

  it('without previous:, the hint says to name it; with it, it does not', async () => {
    const without = await buildProject(
      { 'report.yaml': reportYaml('gb2021', 2021, 'narrative: {overview: overview.md}\n'), 'overview.md': '{{change requests.received.total}}\n', 'submissions/finance.yaml': finance2021 },
      projectOptions(['md']),
    );
    expect(relevant(without)[0].messageId).toBe('noPrevious');
    const withIt = await project('{{change processing_fees.notices}}\n', same);
    expect(relevant(withIt).map((d) => d.code)).toEqual(['narrative/placeholder']);
    expect(relevant(withIt)[0].messageId).toBe('unknownNoGuess');
  });
});

describe('{{change}} on a signed figure', () => {
  it('is an error suggesting delta', async () => {
    const gb2019 = fixture('submissions/valid-gb2019.yaml');
    const last = reportJson(edit(gb2019, 'year: 2020', 'year: 2019'), 'gb2019', { name: '示例市', year: 2019 });
    const result = await buildProject(
      { 'report.yaml': reportYaml('gb2019', 2020, 'previous: previous.json\nnarrative: {overview: overview.md}\n'), 'previous.json': last, 'overview.md': '{{change active_disclosure.licensing.change}}\n', 'submissions/housing.yaml': gb2019 },
      projectOptions(['md']),
    );
    expect(codes(result)).toEqual([{ code: 'narrative/placeholder', path: '', line: 1, column: 10, file: 'p/overview.md' }]);
    expect(relevant(result)[0]).toMatchObject({ messageId: 'signedChange', data: { delta: '{{delta active_disclosure.licensing.change}}' } });
  });
});
