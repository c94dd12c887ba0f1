// Messages of schema/* (src/schema/errors.ts, src/validate/run.ts, src/validate/layout.ts).
//
// A value is named by its printed label (data `label`, and `path` for English) or, where
// the format prints no label, by its key path (data `key`): each phrasing `x` comes as `x`
// (labelled) and `x.key`. What was found and what is expected are data too: a figure as
// the user wrote it, text in quotes, or the id of a value kind (`count`, `mapping` …) that
// the tables below put into words in each language.
import { formats } from '../../formats/index.js';
import type { HeaderNode } from '../../formats/types.js';
import { decimalPlaces } from '../../formats/values.js';
import type { MessageEntry, Messages, Template, Words } from './types.js';

/** What a value should be: the cell types of the formats, then JSON Schema's types. */
export const valueKinds: Words = {
  count: { 'zh-CN': '不小于0的整数', en: 'a whole number ≥ 0' },
  signed: { 'zh-CN': '整数（减少时填负数）', en: 'a whole number (negative for a decrease)' },
  wan: { 'zh-CN': `以万元为单位、不小于0、最多${decimalPlaces.wan}位小数的金额`, en: `an amount in 万元 ≥ 0 with at most ${decimalPlaces.wan} decimal places` },
  yuan: { 'zh-CN': `以元为单位、不小于0、最多${decimalPlaces.yuan}位小数的金额`, en: `an amount in 元 ≥ 0 with at most ${decimalPlaces.yuan} decimal places` },
  object: { 'zh-CN': '由若干键组成的映射', en: 'a mapping of keys' },
  array: { 'zh-CN': '列表', en: 'a list' },
  string: { 'zh-CN': '文字', en: 'text' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': 'true或false', en: 'true or false' },
};

/** What was found when it is not a figure or text the user typed. */
export const foundKinds: Words = {
  blank: { 'zh-CN': '空白', en: 'a blank' },
  list: { 'zh-CN': '列表', en: 'a list' },
  mapping: { 'zh-CN': '映射（若干键）', en: 'a mapping' },
};

/** Characters that hide beside a number, by code point. */
export const invisibleCharacters: Words = {
  'U+3000': { 'zh-CN': '全角空格', en: 'full-width space' },
  'U+00A0': { 'zh-CN': '不换行空格', en: 'no-break space' },
  'U+FEFF': { 'zh-CN': '零宽不换行空格', en: 'zero-width no-break space' },
  'U+200B': { 'zh-CN': '零宽空格', en: 'zero-width space' },
  'U+200C': { 'zh-CN': '零宽非连接符', en: 'zero-width non-joiner' },
  'U+200D': { 'zh-CN': '零宽连接符', en: 'zero-width joiner' },
  'U+2060': { 'zh-CN': '字连接符', en: 'word joiner' },
  'U+2028': { 'zh-CN': '行分隔符', en: 'line separator' },
  'U+2029': { 'zh-CN': '段分隔符', en: 'paragraph separator' },
  'U+0085': { 'zh-CN': '下一行符', en: 'next-line character' },
  'U+000C': { 'zh-CN': '换页符', en: 'form feed' },
  'U+000B': { 'zh-CN': '垂直制表符', en: 'vertical tab' },
  'U+0009': { 'zh-CN': '制表符（Tab）', en: 'tab' },
  'U+2002': { 'zh-CN': 'en空格（U+2002）', en: 'en space' },
  'U+2003': { 'zh-CN': 'em空格（U+2003）', en: 'em space' },
  'U+2009': { 'zh-CN': '窄空格', en: 'thin space' },
  'U+202F': { 'zh-CN': '窄不换行空格', en: 'narrow no-break space' },
  'U+00AD': { 'zh-CN': '软连字符', en: 'soft hyphen' },
};

/**
 * The rows a row group of part 三 splits into, by `<format>:<key path>` (gb2021:requests.results.other):
 * their labels and keys (`rows`) and their keys alone (`keys`), for schema/layout.
 */
function rowGroupWords(): { rows: Words; keys: Words } {
  const rows: Record<string, Template> = {};
  const keys: Record<string, Template> = {};
  for (const format of Object.values(formats)) {
    const walk = (nodes: readonly HeaderNode[], path: readonly string[]): void => {
      for (const node of nodes) {
        if (node.key === undefined) continue;
        const here = [...path, node.key];
        if (!node.children) continue;
        const split = node.children.filter((c) => c.key !== undefined);
        const id = `${format.id}:${here.join('.')}`;
        rows[id] = { 'zh-CN': split.map((r) => `${r.label}（${r.key}）`).join('；'), en: split.map((r) => `${r.label} (${r.key})`).join('; ') };
        keys[id] = { 'zh-CN': split.map((r) => `\`${r.key}\``).join('、'), en: split.map((r) => `\`${r.key}\``).join(', ') };
        walk(node.children, here);
      }
    };
    walk(format.requests.rows, ['requests']);
  }
  return { rows, keys };
}

const layoutWords = rowGroupWords();

const words = { expected: valueKinds, found: foundKinds, before: invisibleCharacters, after: invisibleCharacters };

type Phrase = (name: string) => string;
interface Phrasing {
  readonly en: Phrase;
  readonly zh: Phrase;
  readonly hint?: Template;
}

/** `id` with the value named by its label, and `id.key` named by its key path. */
function named(phrasings: Readonly<Record<string, Phrasing>>): Record<string, MessageEntry> {
  const out: Record<string, MessageEntry> = {};
  for (const [id, { en, zh, hint }] of Object.entries(phrasings)) {
    const extra = { ...(hint ? { hint } : {}), words };
    out[id] = { message: { 'zh-CN': zh('{label}'), en: en('{label} ({path})') }, ...extra };
    out[`${id}.key`] = { message: { 'zh-CN': zh('`{key}`'), en: en('`{key}`') }, ...extra };
  }
  return out;
}

const hints = {
  writeZero: { 'zh-CN': '没有发生的事项请填写0；空白不等于0', en: 'write 0 where there is nothing to report; a blank is not 0' },
};

export const schemaMessages: Messages = {
  'schema/type': named({
    value: { en: (n) => `${n} is {found}: expected {expected}`, zh: (n) => `${n}填写为{found}，应填写{expected}` },
    whole: {
      en: (n) => `${n} is {found}: expected {expected}`,
      zh: (n) => `${n}填写为{found}，应填写{expected}`,
      hint: { 'zh-CN': '件数只能是整数', en: 'counts are whole numbers' },
    },
    blank: { en: (n) => `${n} is blank: expected {expected}`, zh: (n) => `${n}为空白，应填写{expected}` },
    'blank-cell': { en: (n) => `${n} is blank: expected {expected}`, zh: (n) => `${n}为空白，应填写{expected}`, hint: hints.writeZero },
    'full-width': {
      en: (n) => `${n} is “{value}”, written in full-width digits: expected {expected}`,
      zh: (n) => `${n}填写为“{value}”，用的是全角数字，应填写{expected}`,
      hint: { 'zh-CN': '请改用半角数字，填写{number}', en: 'write {number} in half-width (ASCII) digits' },
    },
    'formula-error': {
      en: (n) => `${n} is “{value}”, the error a formula gave: expected {expected}`,
      zh: (n) => `${n}是公式算出的错误值“{value}”，应填写{expected}`,
      hint: { 'zh-CN': '请修正公式，或直接填写数字', en: 'fix the formula, or type the figure itself' },
    },
    formula: {
      en: (n) => `${n} is the formula “{value}” with no calculated value: expected {expected}`,
      zh: (n) => `${n}是公式“{value}”，没有计算结果，应填写{expected}`,
      hint: {
        'zh-CN': '请用Excel或WPS打开文件并保存一次，让公式算出结果；或直接填写数字',
        en: 'open the file in Excel or WPS and save it so the formula is calculated, or type the figure itself',
      },
    },
    placeholder: {
      en: (n) => `${n} is “{value}”, a mark that stands for nothing: expected {expected}`,
      zh: (n) => `${n}填写为“{value}”，这类表示“没有”的符号不是数字，应填写{expected}`,
      hint: { 'zh-CN': '请填写0', en: 'write 0' },
    },
    underscores: {
      en: (n) => `${n} is the text “{value}”: expected {expected}`,
      zh: (n) => `${n}填写的是文字“{value}”，应填写{expected}`,
      hint: { 'zh-CN': '请去掉分隔符_，填写{number}', en: 'write {number} without the _ separators' },
    },
    'unit-same': {
      en: (n) => `${n} is the text “{value}”: expected {expected}`,
      zh: (n) => `${n}填写的是文字“{value}”，应填写{expected}`,
      hint: { 'zh-CN': '本栏的单位已是{unit}：请填写{number}', en: 'the cell is in {unit} already: write {number}' },
    },
    'unit-convert': {
      en: (n) => `${n} is the text “{value}”: expected {expected}`,
      zh: (n) => `${n}填写的是文字“{value}”，应填写{expected}`,
      hint: { 'zh-CN': '{written}{writtenUnit}即{number}{unit}：请填写{number}', en: '{written}{writtenUnit} is {number} {unit}: write {number}' },
    },
    'text-number': {
      en: (n) => `${n} is the text “{value}”: expected {expected}`,
      zh: (n) => `${n}填写的是文字“{value}”，应填写{expected}`,
      hint: { 'zh-CN': '请去掉引号和千位分隔符，填写{number}', en: 'write {number} without quotes or thousands separators' },
    },
    // A workbook cell holding text: there are no quotes to remove, the cell itself is text.
    'text-number-cell': {
      en: (n) => `${n} is the text “{value}”: expected {expected}`,
      zh: (n) => `${n}填写的是文字“{value}”，应填写{expected}`,
      hint: {
        'zh-CN': '单元格中是文本形式的数字：请在单元格中填写数字{number}（可点单元格旁的感叹号选“转换为数字”，或将单元格格式设为“常规”后重新输入）',
        en: 'the cell holds the number as text: type {number} into the cell as a number (the cell’s ⚠ → Convert to Number, or set its format to General and type it again)',
      },
    },
    'text-units': {
      en: (n) => `${n} is the text “{value}”: expected {expected}`,
      zh: (n) => `${n}填写的是文字“{value}”，应填写{expected}`,
      hint: { 'zh-CN': '只填写数字{number}，不要带单位', en: 'write the number alone ({number}), without units' },
    },
  }),
  'schema/invisible-character': named({
    before: {
      en: (n) => `${n} is “{value}”, the number {number} with the {before} before it: expected {expected}`,
      zh: (n) => `${n}填写为“{value}”，数字{number}前面有{before}，应填写{expected}`,
      hint: { 'zh-CN': '请删除{number}前面的{before}', en: 'remove the {before} before {number}' },
    },
    after: {
      en: (n) => `${n} is “{value}”, the number {number} with the {after} after it: expected {expected}`,
      zh: (n) => `${n}填写为“{value}”，数字{number}后面有{after}，应填写{expected}`,
      hint: { 'zh-CN': '请删除{number}后面的{after}', en: 'remove the {after} after {number}' },
    },
    both: {
      en: (n) => `${n} is “{value}”, the number {number} with the {before} before it and the {after} after it: expected {expected}`,
      zh: (n) => `${n}填写为“{value}”，数字{number}前面有{before}，后面有{after}，应填写{expected}`,
      hint: { 'zh-CN': '请删除{number}前面的{before}和后面的{after}', en: 'remove the {before} before {number} and the {after} after {number}' },
    },
  }),
  'schema/range': {
    ...named({
      below: { en: (n) => `${n} is {found}: expected a number ≥ {limit}`, zh: (n) => `${n}填写为{found}，应为不小于{limit}的数` },
      above: { en: (n) => `${n} is {found}: expected a number ≤ {limit}`, zh: (n) => `${n}填写为{found}，应为不大于{limit}的数` },
      'negative-amount': {
        en: (n) => `${n} is {found}: expected a number ≥ {limit}`,
        zh: (n) => `${n}填写为{found}，应为不小于{limit}的数`,
        hint: { 'zh-CN': '金额不能为负数', en: 'amounts cannot be negative' },
      },
      'negative-count': {
        en: (n) => `${n} is {found}: expected a number ≥ {limit}`,
        zh: (n) => `${n}填写为{found}，应为不小于{limit}的数`,
        hint: { 'zh-CN': '件数不能为负数；只有“本年增/减”可以填负数', en: 'counts cannot be negative; only 本年增/减 is signed' },
      },
    }),
    'beyond-safe': {
      message: {
        'zh-CN': '{label}各单元格之和超过{max}（2^53 − 1），超出了一份报送材料的总计所能达到的最大值',
        en: 'the cells of {label} ({path}) add up to more than {max} (2^53 − 1), the largest total a submission may have',
      },
      hint: { 'zh-CN': '请检查本行的数字是否有输错的', en: 'check the figures of this row for a mistyped number' },
    },
  },
  'schema/decimal-places': named({
    wan: {
      en: (n) => `${n} is {found}: expected at most {places} decimal places`,
      zh: (n) => `${n}填写为{found}，最多只能有{places}位小数`,
      hint: {
        'zh-CN': `金额以万元为单位：251000元即25.1万元；万元最多保留${decimalPlaces.wan}位小数（精确到分）`,
        en: `amounts are in 万元: 251000元 is 25.1, and 万元 keeps ${decimalPlaces.wan} places (to the fen)`,
      },
    },
    yuan: {
      en: (n) => `${n} is {found}: expected at most {places} decimal places`,
      zh: (n) => `${n}填写为{found}，最多只能有{places}位小数`,
      hint: { 'zh-CN': `金额以元为单位，最多${decimalPlaces.yuan}位小数（到分）`, en: `amounts are in 元 with at most ${decimalPlaces.yuan} decimal places (分)` },
    },
  }),
  'schema/required': {
    missing: {
      message: { 'zh-CN': '`{parent}`下缺少`{key}`：此项必须填写', en: 'missing `{key}` under `{parent}`: it is required' },
    },
    'missing.labeled': {
      message: { 'zh-CN': '缺少{label}：`{parent}`下应有`{key}`，此项必须填写', en: 'missing `{key}` ({label}) under `{parent}`: it is required' },
      hint: { 'zh-CN': '每个单元格都要填写：没有发生的事项请填写0', en: 'every cell must be filled in: write 0 where there is nothing to report' },
    },
    top: {
      message: { 'zh-CN': '文件顶层缺少`{key}`：此项必须填写', en: 'missing `{key}` under the top level: it is required' },
    },
    'top.labeled': {
      message: { 'zh-CN': '缺少{label}：文件顶层应有`{key}`，此项必须填写', en: 'missing `{key}` ({label}) under the top level: it is required' },
      hint: { 'zh-CN': '每个单元格都要填写：没有发生的事项请填写0', en: 'every cell must be filled in: write 0 where there is nothing to report' },
    },
    format: {
      message: {
        'zh-CN': '缺少`format`：应填写gb2019（2019年度、2020年度的报告）或gb2021（2021年度起的报告）',
        en: 'missing `format`: expected gb2019 (reports on 2019–2020) or gb2021 (2021 on)',
      },
    },
  },
  'schema/unknown-key': Object.fromEntries(
    (['', 'top'] as const).flatMap((where) => {
      const zhWhere = where === 'top' ? '文件顶层' : '`{parent}`下';
      const enWhere = where === 'top' ? 'the top level' : '`{parent}`';
      const message = { 'zh-CN': `${zhWhere}有未知的键\`{key}\`，应为以下之一：{allowed}`, en: `unknown key \`{key}\` under ${enWhere}: expected one of {allowed}` };
      const id = (suffix: string) => [where, suffix].filter(Boolean).join('.') || 'default';
      return [
        [id(''), { message }],
        [id('guess'), { message, hint: { 'zh-CN': '是否应为`{guess}`？', en: 'did you mean `{guess}`?' } }],
        [id('guess-labeled'), { message, hint: { 'zh-CN': '是否应为`{guess}`（即“{guessLabel}”）？', en: 'did you mean `{guess}` ({guessLabel})?' } }],
      ];
    }),
  ),
  'schema/value': {
    ...named({
      const: { en: (n) => `${n} is {found}: expected \`{allowed}\``, zh: (n) => `${n}填写为{found}，应为\`{allowed}\`` },
      enum: { en: (n) => `${n} is {found}: expected one of {allowed}`, zh: (n) => `${n}填写为{found}，应为以下之一：{allowed}` },
      id: {
        en: (n) => `${n} is {found}: expected letters, digits, - and _ only`,
        zh: (n) => `${n}填写为{found}，只能包含字母、数字、-和_`,
        hint: { 'zh-CN': 'id用作输出文件名（agencies/<id>.pdf）：请使用拼音或英文简称', en: 'ids name output files (agencies/<id>.pdf): use pinyin or an English short name' },
      },
      'min-length': { en: (n) => `${n} must NOT have fewer than {limit} characters`, zh: (n) => `${n}至少要有{limit}个字符，不能为空` },
      other: { en: (n) => `${n} is not allowed (the schema's \`{keyword}\`)`, zh: (n) => `${n}不符合要求（格式规则\`{keyword}\`）` },
    }),
    format: {
      message: { 'zh-CN': 'format填写为{found}，应为以下之一：{allowed}', en: 'format is {found}: expected one of {allowed}' },
    },
    // report.yaml's date (src/load/config.ts).
    date: {
      message: { 'zh-CN': 'date填写为{found}，应为YYYY-MM-DD格式的日期', en: 'date is {found}: expected a calendar day written YYYY-MM-DD' },
      hint: { 'zh-CN': '请按YYYY-MM-DD填写报告日期，例如2021-03-31', en: "write the report's date as YYYY-MM-DD, for example 2021-03-31" },
    },
  },
  'schema/layout': {
    default: {
      message: {
        'zh-CN': '{label}按{other}的格式填成了单独一行；{format}将其分为{count}行：{rows}',
        en: "{label} ({path}) is given as the {other} layout's single {label} row; {format} splits it into {count} rows: {rows}",
      },
      hint: {
        'zh-CN': '请将`{key}:`改写为{keys}，每项各填六类申请人的数字，与报告的表格一致',
        en: "write `{key}:` as {keys}, each with the six applicant cells, as the report's table counts them",
      },
      words: layoutWords,
    },
    single: {
      message: {
        'zh-CN': '{label}填成了单独一行；{format}将其分为{count}行：{rows}',
        en: '{label} ({path}) is given as a single {label} row; {format} splits it into {count} rows: {rows}',
      },
      hint: {
        'zh-CN': '请将`{key}:`改写为{keys}，每项各填六类申请人的数字，与报告的表格一致',
        en: "write `{key}:` as {keys}, each with the six applicant cells, as the report's table counts them",
      },
      words: layoutWords,
    },
  },
};
