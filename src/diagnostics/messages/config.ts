// Messages of config/* (report.yaml).
import type { Messages, Template } from './types.js';

const formatYearHint: Template = {
  'zh-CN': '请更正year或format；每个报送文件都按这两项检查',
  en: 'correct the year or the format; every submission is checked against both',
};

const explanationUnusedHint: Template = {
  'zh-CN': 'path是相对于项目文件夹的文件或键路径；quote是问题所在行上的文字；如问题已改正，请删除此条',
  en: 'path is a file relative to the project folder or a key path; quote is words on the line the finding points at; remove the entry if the finding was fixed',
};

const namedFileHint: Template = {
  'zh-CN': '请核对路径，或从report.yaml中删除`{key}:`',
  en: 'check the path, or remove `{key}:` from report.yaml',
};

export const configMessages: Messages = {
  'config/chart-needs-previous': {
    default: {
      message: {
        'zh-CN': 'charts.show中列有`change`（本年与上年对比），但report.yaml没有用`previous:`指定上年度的报告',
        en: 'charts.show lists `change` (this year against last year), but report.yaml names no `previous:` file to compare with',
      },
      hint: {
        'zh-CN': '加上`previous: previous.json`（上年度的report.json），或去掉`change`',
        en: "add `previous: previous.json` (last year's report.json), or leave `change` out",
      },
    },
  },
  'config/explanation-unused': {
    path: {
      message: {
        'zh-CN': '第{n}条说明（{code}，path为{target}）没有对应的问题：附录中将发布一条无所指的说明',
        en: 'explanation {n} ({code}, path {target}) matches no finding: it would publish a reason for nothing',
      },
      hint: explanationUnusedHint,
    },
    quote: {
      message: {
        'zh-CN': '第{n}条说明（{code}，quote为「{quote}」）没有对应的问题：附录中将发布一条无所指的说明',
        en: 'explanation {n} ({code}, quote “{quote}”) matches no finding: it would publish a reason for nothing',
      },
      hint: explanationUnusedHint,
    },
    pathAndQuote: {
      message: {
        'zh-CN': '第{n}条说明（{code}，path为{target}，quote为「{quote}」）没有对应的问题：附录中将发布一条无所指的说明',
        en: 'explanation {n} ({code}, path {target} and quote “{quote}”) matches no finding: it would publish a reason for nothing',
      },
      hint: explanationUnusedHint,
    },
  },
  'config/file': {
    default: {
      message: { 'zh-CN': '{file}（report.yaml中的{key}）不存在或无法读取', en: '{file} ({key} in report.yaml) does not exist or cannot be read' },
      hint: namedFileHint,
    },
    /** Fonts and the HTML template: read when the report is rendered. */
    asset: {
      message: { 'zh-CN': '{file}（report.yaml中的{key}）不存在或无法读取', en: '{file} ({key} in report.yaml) does not exist or cannot be read' },
    },
    narrative: {
      message: { 'zh-CN': '正文文件{file}（report.yaml中指定）不存在或无法读取', en: 'narrative file {file} (named in report.yaml) does not exist or cannot be read' },
    },
  },
  'config/font': {
    unreadable: {
      message: {
        'zh-CN': '{file}（report.yaml中的fonts.{key}）不是可以读取的字体（{error}）：应为TrueType或OpenType字体（.ttf、.otf、.ttc）',
        en: '{file} (fonts.{key} in report.yaml) is not a font that can be read ({error}): expected a TrueType or OpenType font (.ttf, .otf, .ttc)',
      },
    },
    notAFont: {
      message: {
        'zh-CN': '{file}（report.yaml中的fonts.{key}）不是字体文件：应为TrueType或OpenType字体（.ttf、.otf、.ttc）',
        en: '{file} (fonts.{key} in report.yaml) is not a font that can be read (Unknown font format): expected a TrueType or OpenType font (.ttf, .otf, .ttc)',
      },
    },
    noCharacterMap: {
      message: {
        'zh-CN': '{file}（report.yaml中的fonts.{key}）没有字符映射表：应为含Unicode字形的TrueType或OpenType字体',
        en: '{file} (fonts.{key} in report.yaml) has no character map: expected a TrueType or OpenType font with Unicode glyphs',
      },
    },
    missingGlyph: {
      message: {
        'zh-CN': '{file}（report.yaml中的fonts.{key}）缺少报告所用{count}个字符的字形（{characters}）：应使用仿宋、宋体等中文字体',
        en: '{file} (fonts.{key} in report.yaml) has no glyph for {count} character the report prints ({characters}): expected a Chinese font such as 仿宋 or 宋体',
      },
    },
    missingGlyphs: {
      message: {
        'zh-CN': '{file}（report.yaml中的fonts.{key}）缺少报告所用{count}个字符的字形（{characters}）：应使用仿宋、宋体等中文字体',
        en: '{file} (fonts.{key} in report.yaml) has no glyph for {count} characters the report prints ({characters}): expected a Chinese font such as 仿宋 or 宋体',
      },
    },
  },
  'config/format-year': {
    default: {
      message: {
        'zh-CN': 'format为{format}，year为{year}：{format}适用于{from}—{to}年度的报告，{year}年度的报告应使用{right}',
        en: 'format is {format} and year is {year}: {format} is the format for reports on {from}–{to}: a report on {year} uses {right}',
      },
      hint: formatYearHint,
    },
    openEnded: {
      message: {
        'zh-CN': 'format为{format}，year为{year}：{format}适用于{from}年度及以后的报告，{year}年度的报告应使用{right}',
        en: 'format is {format} and year is {year}: {format} is the format for reports on {from} and later: a report on {year} uses {right}',
      },
      hint: formatYearHint,
    },
    noFormat: {
      message: {
        'zh-CN': 'format为{format}，year为{year}：{format}适用于{from}—{to}年度的报告，没有适用于{year}年度的国家格式',
        en: 'format is {format} and year is {year}: {format} is the format for reports on {from}–{to}: no national format covers {year}',
      },
      hint: formatYearHint,
    },
    openEndedNoFormat: {
      message: {
        'zh-CN': 'format为{format}，year为{year}：{format}适用于{from}年度及以后的报告，没有适用于{year}年度的国家格式',
        en: 'format is {format} and year is {year}: {format} is the format for reports on {from} and later: no national format covers {year}',
      },
      hint: formatYearHint,
    },
  },
  'config/no-submissions': {
    default: {
      message: { 'zh-CN': '{dir}下没有与{globs}匹配的报送文件', en: 'no submission matches {globs} under {dir}' },
      hint: {
        'zh-CN': '每个机关在submissions/下放一个YAML文件（report new <机关id>可生成）',
        en: 'put one YAML file per agency under submissions/ (report new <agency-id> writes one)',
      },
    },
  },
};
