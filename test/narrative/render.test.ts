// Placeholders: bound to the figures, compared with last year, and a located error for
// anything that names no figure.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { completeFigures, figureMap } from '../../src/consolidate/complete.js';
import { cellsOf } from '../../src/formats/cells.js';
import { formats } from '../../src/formats/index.js';
import { loadSource } from '../../src/load/source.js';
import { narrativeContext } from '../../src/narrative/context.js';
import { renderNarrative } from '../../src/narrative/render.js';
import { fixture } from '../helpers/submissions.js';

const model = cellsOf(formats.gb2021);
const loaded = loadSource('a.yaml', new TextEncoder().encode(fixture('submissions/valid-gb2021.yaml')));
if (!loaded.ok) throw new Error('fixture');
const value = loaded.source.value;
const consolidation = consolidate([{ value, sha256: '0'.repeat(64) }], formats.gb2021, model, ['市级部门']);
const facts = { title: 'T', region: '示例市', name: '示例市', year: 2023, compiled_by: '示例市人民政府办公厅', date: '2024年3月1日', contact: {} };
// Last year: 136 received (132 now: 减少2.9%), 4 reconsiderations (持平)
const lastYear = structuredClone(value) as any;
lastYear.requests.received = { ...lastYear.requests.received, individual: 124, total: 136 };
const previous = { figures: figureMap(completeFigures(lastYear, model), model), unitCount: 1 };
const context = narrativeContext(consolidation, model, facts, previous);

const render = (text: string, withPrevious = true) =>
  renderNarrative({ file: 'narrative/overview.md', text }, withPrevious ? context : narrativeContext(consolidation, model, facts, undefined));

describe('narrative placeholders', () => {
  it('binds figures and compares with last year', () => {
    expect(render('全市共受理{{requests.received.total}}件，比上年{{change requests.received.total}}；复议{{change appeals.reconsideration.total}}。')).toEqual({
      ok: true,
      text: '全市共受理132件，比上年减少2.9%；复议持平。',
    });
  });

  it('sums figures, and compares sums', () => {
    expect(render('诉讼{{sum appeals.litigation_direct.total appeals.litigation_after_reconsideration.total}}件，{{change (sum appeals.litigation_direct.total appeals.litigation_after_reconsideration.total)}}')).toEqual({
      ok: true,
      text: '诉讼2件，持平',
    });
  });

  it('gives result-group subtotals, group totals and unit counts', () => {
    const result = render('不予公开{{requests.results.withheld.subtotal.total}}件；市级部门{{groups.市级部门.units}}个单位，受理{{groups.市级部门.requests.received.total}}件；共{{units}}个单位。');
    expect(result).toEqual({ ok: true, text: '不予公开6件；市级部门1个单位，受理132件；共1个单位。' });
  });

  it.each([
    ['{{requests.recieved.total}}', 1, 3, 'unknown', { placeholder: '{{requests.recieved.total}}', guess: '{{requests.received.total}}' }],
    ['第一行\n受理{{requests.received}}件', 2, 5, 'group', { placeholder: '{{requests.received}}', cells: 'requests.received.{individual, business, research, nonprofit, legal_services, other, total}' }],
    ['{{average requests.received.total}}', 1, 1, 'noHelper', { call: '{{average …}}', name: 'average' }],
    ['{{requests.nothing_like_this_at_all}}', 1, 3, 'unknownNoGuess', { placeholder: '{{requests.nothing_like_this_at_all}}' }],
    ['{{sum requests.received.total "3"}}', 1, 31, 'literal', { argument: '3' }],
    ['{{#if units}}x{{/if}}', 1, 1, 'block', {}],
  ])('%s is a located error', (text, line, column, messageId, data) => {
    const result = render(text);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error(`rendered: ${result.text}`);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['narrative/placeholder', 'narrative/overview.md', line, column]]);
    expect(result.diagnostics[0]).toMatchObject({ messageId, data });
  });

  it('suggests the figure meant', () => {
    const result = render('{{requests.recieved.total}}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((d) => d.data?.guess)).toEqual(['{{requests.received.total}}']);
  });

  it('a comparison without last year is an error, not an empty string', () => {
    const result = render('比上年{{change requests.received.total}}', false);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ messageId: 'noPrevious', data: { placeholder: '{{change}}' } });
  });

  it('an instruction report init wrote is narrative/unfilled, quoted as data', () => {
    const result = render('第一段。\n（写明本年度工作中存在的主要问题和改进措施。）');
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.line, d.column, d.data])).toEqual([
      ['narrative/unfilled', 2, 1, { instruction: '（写明本年度工作中存在的主要问题和改进措施。）' }],
    ]);
  });

  it('a broken placeholder is a syntax error', () => {
    const result = render('受理{{requests.received.total件');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.line, d.messageId, d.data])).toEqual([['narrative/syntax', 1, undefined, { line: 1 }]]);
  });
});
