// Messages of narrative/* (the prose and its checks). What the office wrote ({written},
// {quote}, {instruction}) and the placeholders ({placeholder}: `{{…}}`) are data.
import type { Messages, Template } from './types.js';

const emptyProblemsHint: Template = {
  'zh-CN': '请写明本年度工作中存在的主要问题和改进措施（report.yaml中的narrative.problems）',
  en: 'state the main problems of the year and what is being done about them (narrative.problems in report.yaml)',
};

const unknownFigure: Template = { 'zh-CN': '{placeholder}不是本报告中的数字', en: '{placeholder} names no figure of this report' };

const syntaxHint: Template = {
  'zh-CN': '占位符写作{{key.path}}或{{helper key.path}}，花括号要成对；要写花括号本身，请写作\\{{',
  en: 'a placeholder is {{key.path}} or {{helper key.path}}; to write braces, escape them as \\{{',
};

const missingImageHint: Template = { 'zh-CN': '图片路径相对于引用它的文件', en: 'image paths are relative to the file that names them' };

export const narrativeMessages: Messages = {
  'narrative/contradicts-table': {
    default: {
      message: { 'zh-CN': '正文写的是「{written}」，但表格中的数字是{printed}（{label}）', en: 'the text says {written}, but the table gives {label} = {printed}' },
      hint: { 'zh-CN': '请改写为{placeholder}，使正文打印表格中的数字', en: "write {placeholder} so the text prints the table's figure" },
    },
  },
  'narrative/empty-problems': {
    missing: {
      message: {
        'zh-CN': '没有写第五部分（存在的主要问题及改进情况）：报告将只打印「无」',
        en: 'part 五 (存在的主要问题及改进情况) is not written: the report would print only "无"',
      },
      hint: emptyProblemsHint,
    },
    empty: {
      message: { 'zh-CN': '第五部分（存在的主要问题及改进情况）是空的', en: 'part 五 (存在的主要问题及改进情况) says only "(nothing)"' },
      hint: emptyProblemsHint,
    },
    only: {
      message: { 'zh-CN': '第五部分（存在的主要问题及改进情况）只写了「{words}」', en: 'part 五 (存在的主要问题及改进情况) says only "{words}"' },
      hint: emptyProblemsHint,
    },
  },
  'narrative/fees-contradiction': {
    default: {
      message: {
        'zh-CN': '第六部分称未收取信息处理费（「{quote}」），但数据为收费{charged}件，收取{collected}元',
        en: 'part 六 says no information processing fees were charged ("{quote}"), but the figures give {charged} applications charged, {collected}元 collected',
      },
      hint: {
        'zh-CN': '报告按数据打印收费情况（{{processing_fees.charged}}、{{processing_fees.collected}}）；请删去该句或更正数据',
        en: 'the report prints the fees from the figures ({{processing_fees.charged}}, {{processing_fees.collected}}); remove the sentence or correct the figures',
      },
    },
  },
  'narrative/literal-figure': {
    default: {
      message: { 'zh-CN': '「{written}」是直接写出的数字，与表格中的{label}相同', en: '{written} is written as a literal number; it is {label}' },
      hint: { 'zh-CN': '请改写为{placeholder}，正文会随表格中的数字变化', en: 'write {placeholder} instead, so the text follows the table' },
    },
  },
  'narrative/missing-image': {
    missing: {
      message: { 'zh-CN': '图片{file}不存在或无法读取', en: 'image {file} does not exist or cannot be read' },
      hint: missingImageHint,
    },
    notImage: {
      message: { 'zh-CN': '图片{file}不是PNG、JPEG、GIF、WebP或SVG格式', en: 'image {file} is not a PNG, JPEG, GIF, WebP or SVG image' },
      hint: missingImageHint,
    },
  },
  'narrative/placeholder': {
    noFigure: { message: { 'zh-CN': '{placeholder}没有指向任何数字', en: '{placeholder} names no figure' } },
    group: {
      message: { 'zh-CN': '{placeholder}指向一组数字，而不是一个数字', en: '{placeholder} names a group of figures, not one figure' },
      hint: { 'zh-CN': '请指定其中一个数字：{cells}', en: 'name one of its cells: {cells}' },
    },
    unknown: {
      message: unknownFigure,
      hint: { 'zh-CN': '是否应为{guess}？', en: 'did you mean {guess}?' },
    },
    unknownNoGuess: {
      message: unknownFigure,
      hint: { 'zh-CN': '数字按其YAML键路径命名，例如requests.received.total', en: 'figures are named by their YAML key path, e.g. requests.received.total' },
    },
    noHelper: {
      message: { 'zh-CN': '{call}：没有名为「{name}」的函数', en: '{call}: there is no helper "{name}"' },
      hint: { 'zh-CN': '可用的函数：{helpers}', en: 'helpers: {helpers}' },
    },
    arity: { message: { 'zh-CN': '{placeholder}需要{min}个数字，但给出了{count}个', en: '{placeholder} takes {min} figure(s), got {count}' } },
    arityAtLeast: { message: { 'zh-CN': '{placeholder}需要至少{min}个数字，但给出了{count}个', en: '{placeholder} takes {min} or more figure(s), got {count}' } },
    text: { message: { 'zh-CN': '{placeholder}需要数字，但{argument}是文字', en: '{placeholder} needs a figure, and {argument} is text' } },
    noPrevious: {
      message: { 'zh-CN': '{placeholder}要与上年比较，但report.yaml没有指定上年度的报告', en: "{placeholder} compares with last year, but report.yaml names no last year's report" },
      hint: { 'zh-CN': '在report.yaml的`previous:`中填写上年度汇总的report.json', en: "name last year's consolidated report.json as `previous:` in report.yaml" },
    },
    previousOtherFormat: {
      message: {
        'zh-CN': '{placeholder}要与上年比较，但上年度报告（{file}）使用{format}格式，其中没有{argument}',
        en: "{placeholder} compares with last year, but last year's report ({file}) is in {format}, which has no {argument}",
      },
      hint: { 'zh-CN': '跨越国家格式的变更时，只能比较两种格式都有的数字', en: 'across the change of national format, compare only figures both formats have' },
    },
    previousMissing: {
      message: { 'zh-CN': '{placeholder}要与上年比较，但上年度报告（{file}）中没有{argument}', en: "{placeholder} compares with last year, but last year's report ({file}) has no {argument}" },
      hint: { 'zh-CN': '请比较上年度报告中有的数字', en: "compare a figure last year's report gives" },
    },
    signedChange: {
      message: {
        'zh-CN': '{placeholder}计算增减百分比，但{argument}本身已是增减数（本年增/减）',
        en: '{placeholder} gives a percentage change, and {argument} is already a signed change (本年增/减)',
      },
      hint: { 'zh-CN': '如需差值请用{delta}，或直接打印该数', en: 'use {delta} for the difference, or print it as it is' },
    },
    percentOfZero: {
      message: {
        'zh-CN': '{placeholder}以{argument}为除数，而它在本报告中为0：不能计算占比',
        en: '{placeholder} divides by {argument}, which is 0 in this report: a share of nothing is not a percentage',
      },
      hint: { 'zh-CN': '请改写句子、不用占比，或以其他数字作为总数', en: 'write the sentence without the share, or use another figure as the whole' },
    },
    literal: { message: { 'zh-CN': '直接写出的{argument}不是数字占位符', en: 'a literal {argument} is not a figure' } },
    block: {
      message: {
        'zh-CN': '正文中不支持块和片段（block、partial）：请写出完整的句子，并使用数字占位符',
        en: 'blocks and partials are not supported in narratives: write the sentence out and use figures',
      },
    },
  },
  'narrative/remote-image': {
    default: {
      message: {
        'zh-CN': '图片{src}在其他网站上：独立的报告无法显示它，将改为打印其替代文字',
        en: 'image {src} is on another site: a self-contained report cannot show it, so its alt text is printed instead',
      },
      hint: {
        'zh-CN': '请把图片保存在正文文件旁，并按路径引用，例如![图1](images/figure1.png)',
        en: 'save the image beside the narrative file and name it by its path, e.g. ![图1](images/figure1.png)',
      },
    },
  },
  'narrative/repeated': {
    default: {
      message: {
        'zh-CN': '第一、五部分的{total}句话中，有{same}句与上年度报告相同（不计数字）',
        en: "{same} of the {total} sentences of parts 一 and 五 are last year's, numbers aside",
      },
      hint: {
        'zh-CN': '请写本年度的情况；例如「{example}」在上年度报告中已经有了',
        en: 'write this year\'s situation; for example "{example}" is in last year\'s report',
      },
    },
  },
  'narrative/syntax': {
    default: {
      message: { 'zh-CN': '第{line}行的占位符写法有误，无法读取', en: 'the placeholders cannot be read: parse error on line {line}' },
      hint: syntaxHint,
    },
    other: {
      message: { 'zh-CN': '无法读取占位符：{error}', en: 'the placeholders cannot be read: {error}' },
      hint: syntaxHint,
    },
  },
  'narrative/unfilled': {
    default: {
      message: { 'zh-CN': '填写说明{instruction}还在正文中：会被原样发布', en: 'the instruction {instruction} is still here: it would be published word for word' },
      hint: {
        'zh-CN': '请替换为本机关的文字（没有需要报告的事项时写「无。」），或从`narrative:`中删去该部分以使用默认文字',
        en: "replace it with the office's own text (write 无。 if there is nothing to report), or remove the part from `narrative:` to use the default text",
      },
    },
  },
  'narrative/year': {
    default: {
      message: { 'zh-CN': '「{written}」指{year}年，但本报告是{reportYear}年度的报告', en: '{written} names {year}, but this is the report on {reportYear}' },
      hint: {
        'zh-CN': '本年度请写{placeholder}；与上年比较时，在「比」「较」「相比」旁写{lastYear}年',
        en: "write {placeholder} for the report's year; a comparison with last year names {lastYear} next to 比/较/相比",
      },
    },
  },
};
