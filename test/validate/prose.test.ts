// The prose checks, as tables of real sentences: each case says which codes it gives and
// where (line and column in the part's file).
import { describe, expect, it } from 'vitest';
import type { FigureMap } from '../../src/consolidate/complete.js';
import { cellsOf } from '../../src/formats/cells.js';
import { gb2019 } from '../../src/formats/gb2019.js';
import { gb2021 } from '../../src/formats/gb2021.js';
import type { FormatDescription } from '../../src/formats/types.js';
import { toAmount } from '../../src/numbers/decimal.js';
import { checkProse, type ProsePart } from '../../src/validate/prose/run.js';

const figures2021: FigureMap = new Map<string, number | ReturnType<typeof toAmount>>([
  ['requests.received.total', 3517],
  ['requests.carried_over.total', 20],
  ['requests.results.total.total', 3500],
  ['requests.results.granted.total', 1600],
  ['requests.results.partially_granted.total', 300],
  ...gb2021Withheld(),
  ['requests.carried_forward.total', 37],
  ['appeals.reconsideration.total', 126],
  ['appeals.litigation_direct.total', 100],
  ['appeals.litigation_after_reconsideration.total', 42],
  ['active_disclosure.normative_documents.in_force', 470],
  ['active_disclosure.licensing.decisions', 8000],
  ['active_disclosure.fees.amount', toAmount('12.3456')],
  ['processing_fees.charged', 3],
  ['processing_fees.collected', toAmount('300')],
]);

function gb2021Withheld(): [string, number][] {
  const keys = ['state_secret', 'prohibited_by_law', 'security_stability', 'third_party_rights', 'internal_affairs', 'process_information', 'enforcement_files', 'administrative_query'];
  return keys.map((k, i) => [`requests.results.withheld.${k}.total`, i + 1]); // 36 in all
}

interface Options {
  format?: FormatDescription;
  figures?: FigureMap;
  part?: ProsePart['part'];
  qualifiers?: string[];
  previous?: Partial<Record<ProsePart['part'], string>>;
  more?: ProsePart[];
}

function run(text: string, options: Options = {}) {
  const format = options.format ?? gb2021;
  const parts: ProsePart[] = [{ part: options.part ?? 'overview', file: 'narrative/overview.md', text }, ...(options.more ?? [])];
  if (!parts.some((p) => p.part === 'problems')) parts.push({ part: 'problems', file: 'narrative/problems.md', text: '一是答复说理不够充分。下一步将加强培训。' });
  return checkProse({
    format,
    model: cellsOf(format),
    figures: options.figures ?? figures2021,
    year: 2023,
    parts,
    file: 'report.yaml',
    qualifiers: options.qualifiers,
    previous: options.previous,
  }).map((d) => `${d.code}@${d.line}:${d.column}`);
}

describe('narrative/contradicts-table and narrative/literal-figure', () => {
  const cases: [string, string[]][] = [
    ['全市共受理政府信息公开申请3517件。', ['narrative/literal-figure@1:14']],
    ['全市共受理政府信息公开申请3571件。', ['narrative/contradicts-table@1:14']],
    ['依申请公开方面，全年受理17件。', ['narrative/contradicts-table@1:13']],
    ['全年受理群众来电咨询17件。', []],
    ['12345热线受理工单17件，办结17件。', []],
    ['全市共受理政府信息公开申请3,517件。', ['narrative/literal-figure@1:14']],
    ['全市共受理政府信息公开申请３５１７件。', ['narrative/literal-figure@1:14']],
    ['因政府信息公开引起行政复议126件、行政诉讼142件。', ['narrative/literal-figure@1:14', 'narrative/literal-figure@1:23']],
    ['因政府信息公开引起行政复议126件、行政诉讼124件。', ['narrative/contradicts-table@1:23', 'narrative/literal-figure@1:14']],
    ['现行有效行政规范性文件393件。', ['narrative/contradicts-table@1:12']],
    ['公开行政许可处理决定8000件。', ['narrative/literal-figure@1:11']],
    ['其中予以公开1600件，部分公开310件，不予公开36件。', ['narrative/contradicts-table@1:17', 'narrative/literal-figure@1:7', 'narrative/literal-figure@1:26']],
    ['结转下年度继续办理37件。', ['narrative/literal-figure@1:10']],
    ['上年结转20件。', ['narrative/literal-figure@1:5']],
    ['行政事业性收费金额12.35万元。', ['narrative/literal-figure@1:10']],
    ['行政事业性收费金额123456元。', ['narrative/literal-figure@1:10']],
    ['收费金额13万元。', ['narrative/contradicts-table@1:5']],
    ['收取信息处理费的申请3件，收取信息处理费350元。', ['narrative/contradicts-table@1:21', 'narrative/literal-figure@1:11']],
    // 平潭综合实验区 2021 and 2022 reports (the pages cited in test/fixtures/published/README.md of the import work)
    ['本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。', ['narrative/contradicts-table@1:9', 'narrative/contradicts-table@1:23']],
    ['设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新。', ['narrative/contradicts-table@1:25']],
    ['全区政府信息公开工作方面共有行政诉讼案件142件、行政复议案件126件，均已结案。', ['narrative/literal-figure@1:21', 'narrative/literal-figure@1:32']],
    // not tied: comparisons, shares, placeholders, sums of two figures, no unit
    ['全市共受理政府信息公开申请{{requests.received.total}}件，比上年减少94件。', []],
    ['上年受理申请3611件。', []],
    ['与上年相比，行政复议减少12件。', []],
    ['其中，市级部门受理1200件。', []],
    ['其中，江北区受理300件。', []],
    ['予以公开和部分公开的共1500件。', []],
    ['行政复议、行政诉讼分别为126件、142件。', []],
    ['按时办结率100%。', []],
    ['全年受理自然人提出的政府信息公开申请72件。', []],
    ['因政府信息公开引起行政复议126件，其中行政复议纠正1件。', ['narrative/literal-figure@1:14']],
    ['行政诉讼败诉2件。', []],
    ['因本机关不掌握相关信息而无法提供的738件。', []],
    ['制作行政复议决定书3份。', []],
    ['依据《条例》第20条，受理申请后15个工作日内答复。', []],
    ['全市纳入统计的21个单位。', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(run(text, { qualifiers: ['江北区'] }).filter((c) => !c.startsWith('narrative/year')).sort()).toEqual(expected.sort());
  });

  it('counts lines and columns in the file, after the part\'s line offset', () => {
    const diagnostics = checkProse({
      format: gb2021,
      model: cellsOf(gb2021),
      figures: figures2021,
      year: 2023,
      parts: [{ part: 'overview', file: 'a.md', text: '第一段。\n\n全县受理申请17件。', lineOffset: 4 }],
      file: 'report.yaml',
    }).filter((d) => d.code === 'narrative/contradicts-table');
    expect(diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([['a.md', 7, 7]]);
    expect(diagnostics[0].data).toEqual({ written: '17件', label: '一、本年新收政府信息公开申请数量 · 总计', printed: '3517', placeholder: '{{requests.received.total}}' });
  });

  it('gives the sum placeholder for 行政诉讼 and the subtotal one for 不予公开', () => {
    const hints = checkProse({ format: gb2021, model: cellsOf(gb2021), figures: figures2021, year: 2023, parts: [{ part: 'overview', file: 'o.md', text: '行政诉讼142件，不予公开36件。' }], file: 'r' })
      .filter((d) => d.code === 'narrative/literal-figure')
      .map((d) => d.data?.placeholder);
    expect(hints).toEqual(['{{sum appeals.litigation_direct.total appeals.litigation_after_reconsideration.total}}', '{{requests.results.withheld.subtotal.total}}']);
  });

  it('ties only figures the format has: 现行有效 is not a gb2019 column', () => {
    expect(run('现行有效规范性文件393件。', { format: gb2019, figures: new Map() })).toEqual([]);
  });
});

describe('narrative/year', () => {
  const cases: [string, string[]][] = [
    ['2022年，全县坚持以公开为常态。', ['narrative/year@1:1']],
    ['本报告是2022年度报告。', ['narrative/year@1:5']],
    ['2023年，全县坚持以公开为常态。', []],
    ['{{year}}年，全县坚持以公开为常态。', []],
    ['与2022年相比，申请数量有所增加。', []],
    ['2024年将继续推进基层政务公开标准化规范化。', []],
    ['2025年将继续推进。', ['narrative/year@1:1']],
    ['本报告于2024年1月20日发布。', []],
    ['本报告于2024年6月发布。', []],
    ['本报告于2025年1月发布。', ['narrative/year@1:5']],
    ['自2019年以来，全县持续推进政务公开。', ['narrative/year@1:2']],
    ['印发《2022年政务公开工作要点》。', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(run(text).filter((c) => c.startsWith('narrative/year'))).toEqual(expected);
  });
});

describe('narrative/empty-problems', () => {
  const check = (problems: string | undefined) =>
    checkProse({
      format: gb2021,
      model: cellsOf(gb2021),
      figures: figures2021,
      year: 2023,
      parts: problems === undefined ? [] : [{ part: 'problems', file: 'p.md', text: problems }],
      file: 'report.yaml',
    })
      .filter((d) => d.code === 'narrative/empty-problems')
      .map((d) => `${d.file}:${d.line}`);
  it.each([
    [undefined, ['report.yaml:1']],
    ['', ['p.md:1']],
    ['无', ['p.md:1']],
    ['无。\n', ['p.md:1']],
    ['暂无。', ['p.md:1']],
    ['一是基层工作人员业务能力不足。下一步将组织培训。', []],
  ])('%j', (text, expected) => expect(check(text)).toEqual(expected));
});

describe('narrative/fees-contradiction', () => {
  const check = (other: string, format: FormatDescription = gb2021, figures: FigureMap = figures2021) =>
    checkProse({ format, model: cellsOf(format), figures, year: 2023, parts: [{ part: 'other', file: 'o.md', text: other }], file: 'r' })
      .filter((d) => d.code === 'narrative/fees-contradiction')
      .map((d) => `${d.line}:${d.column}`);
  const noFees = new Map(figures2021);
  noFees.set('processing_fees.charged', 0);
  noFees.set('processing_fees.collected', toAmount(0));
  it.each([
    ['本年度未收取信息处理费。', ['1:4']],
    ['全县各级行政机关没有收取政府信息公开信息处理费。', ['1:9']],
    ['无', ['1:1']],
    ['收取信息处理费0元。', ['1:3']],
    ['本年度共收取信息处理费300元。', []],
    ['2023年，无收取信息处理费情况。', ['1:7']],
  ])('%s', (text, expected) => expect(check(text)).toEqual(expected));
  it('says nothing when no fees were charged, or in the 2019 format', () => {
    expect(check('本年度未收取信息处理费。', gb2021, noFees)).toEqual([]);
    expect(check('本年度未收取信息处理费。', gb2019, new Map())).toEqual([]);
  });
});

describe('narrative/repeated', () => {
  const last = '2022年，全县坚持以公开为常态。全县共新收政府信息公开申请3000件。一是答复说理不够充分。下一步将加强培训。';
  const check = (overview: string, rendered = overview) =>
    checkProse({
      format: gb2021,
      model: cellsOf(gb2021),
      figures: figures2021,
      year: 2023,
      parts: [{ part: 'overview', file: 'o.md', text: overview, rendered }],
      file: 'r',
      previous: { overview: last },
    }).filter((d) => d.code === 'narrative/repeated');
  it('warns when more than half the sentences are last year\'s, numbers aside', () => {
    const found = check('{{year}}年，全县坚持以公开为常态。全县共新收政府信息公开申请{{requests.received.total}}件。', '2023年，全县坚持以公开为常态。全县共新收政府信息公开申请3517件。');
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([['o.md', 1, 1]]);
    expect(found[0].data).toEqual({ same: 2, total: 2, example: '#年，全县坚持以公开为常态' });
  });
  it('is quiet at half or less, and without last year\'s text', () => {
    expect(check('2023年，全县坚持以公开为常态。全年新建政务公开专区12个，群众反映良好。')).toEqual([]);
    expect(
      checkProse({ format: gb2021, model: cellsOf(gb2021), figures: figures2021, year: 2023, parts: [{ part: 'overview', file: 'o.md', text: last }], file: 'r' }).filter((d) => d.code === 'narrative/repeated'),
    ).toEqual([]);
  });
});

describe('what each prose check hands the message catalog', () => {
  const data = (parts: ProsePart[], code: string, previous?: Partial<Record<ProsePart['part'], string>>) =>
    checkProse({ format: gb2021, model: cellsOf(gb2021), figures: figures2021, year: 2023, parts, file: 'report.yaml', previous })
      .filter((d) => d.code === code)
      .map((d) => ({ messageId: d.messageId, data: d.data }));
  const part = (name: ProsePart['part'], text: string): ProsePart => ({ part: name, file: `${name}.md`, text });

  it('narrative/year quotes the words and names both years; {{year}} is data, not a template name', () => {
    expect(data([part('overview', '本报告是2022年度报告。')], 'narrative/year')).toEqual([
      { messageId: undefined, data: { written: '2022年度', year: 2022, reportYear: 2023, lastYear: 2022, placeholder: '{{year}}' } },
    ]);
  });

  it('narrative/empty-problems: missing, empty and only 无 are three messages', () => {
    expect(data([], 'narrative/empty-problems')).toEqual([{ messageId: 'missing', data: {} }]);
    expect(data([part('problems', ' \n')], 'narrative/empty-problems')).toEqual([{ messageId: 'empty', data: {} }]);
    expect(data([part('problems', '暂无。')], 'narrative/empty-problems')).toEqual([{ messageId: 'only', data: { words: '暂无。' } }]);
  });

  it('narrative/fees-contradiction quotes the sentence and gives the figures', () => {
    expect(data([part('other', '本年度未收取信息处理费。')], 'narrative/fees-contradiction')).toEqual([
      { messageId: undefined, data: { quote: '未收取信息处理费', charged: '3', collected: '300' } },
    ]);
  });

  it('narrative/literal-figure quotes the number and names the figure and its placeholder', () => {
    expect(data([part('overview', '全县受理申请3517件。')], 'narrative/literal-figure')).toEqual([
      { messageId: undefined, data: { written: '3517件', label: '一、本年新收政府信息公开申请数量 · 总计', placeholder: '{{requests.received.total}}' } },
    ]);
  });
});
