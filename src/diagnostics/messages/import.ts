// Messages of import/* (report import): how a published report's figures were read, and
// what could not be read.
import type { MessageEntry, Messages, Template } from './types.js';

const correctByHand: Template = { 'zh-CN': '请对照原文手工改正 YAML', en: 'correct the YAML by hand from the original' };
const addByHand: Template = {
  'zh-CN': '请在 YAML 中手工补上，或核对这是否为格式规定的表格',
  en: 'add it to the YAML by hand, or check that this is the table the format describes',
};
const noText: Template = {
  'zh-CN': '请导入同一报告的 Word 文件或网页，或用 `report new` 生成报送文件后手工填写数字',
  en: 'import the Word file or the web page of the same report, or type the figures into `report new`',
};
const giveYear: Template = { 'zh-CN': '请用 --year 指定年份（必要时加 --format）', en: 'give --year (and --format if needed)' };
const giveName: Template = { 'zh-CN': '可用 --name 指定，或在 YAML 中修改', en: 'give --name, or edit it in the YAML' };

const unreadable: Record<string, MessageEntry> = {
  default: { message: { 'zh-CN': '{label}：「{text}」不是数字', en: '{label}: “{text}” is not a number' }, hint: correctByHand },
  unit: { message: { 'zh-CN': '{label}：「{text}」是数字后跟「{unit}」', en: '{label}: “{text}” is a number followed by “{unit}”' }, hint: correctByHand },
  digits: { message: { 'zh-CN': '{label}：「{text}」位数过多，无法准确保存', en: '{label}: “{text}” is too many digits to keep exactly' }, hint: correctByHand },
  several: {
    message: { 'zh-CN': '{label}：应有一个数字，却印有{count}个（{figures}）', en: '{label}: {count} figures ({figures}) printed where one is expected' },
    hint: correctByHand,
  },
  merged: {
    message: {
      'zh-CN': '{label}：「{text}」印在跨越多个数字的合并单元格中，无法判断属于哪一项',
      en: '{label}: “{text}” is printed in a cell merged over several figures, so which of them it is cannot be told',
    },
    hint: correctByHand,
  },
};

const notFound: Record<string, MessageEntry> = {
  default: { message: { 'zh-CN': '报告中没有印出{label}', en: '{label} is not printed in the report' }, hint: addByHand },
  table: { message: { 'zh-CN': '本表没有印出{label}', en: '{label} is not printed in this table' }, hint: addByHand },
  row: { message: { 'zh-CN': '本表没有印出行{label}', en: 'the row {label} is not printed in this table' }, hint: addByHand },
  column: { message: { 'zh-CN': '本表没有印出列{label}', en: 'the column {label} is not printed in this table' }, hint: addByHand },
  'row-report': { message: { 'zh-CN': '报告中没有印出行{label}', en: 'the row {label} is not printed in the report' }, hint: addByHand },
  'column-report': { message: { 'zh-CN': '报告中没有印出列{label}', en: 'the column {label} is not printed in the report' }, hint: addByHand },
  figures: { message: { 'zh-CN': '本表没有印出数字行', en: 'a row of figures is not printed in this table' }, hint: addByHand },
};

export const importMessages: Messages = {
  'import/unreadable': unreadable,
  'import/not-found': notFound,
  'import/layout': {
    default: {
      message: {
        'zh-CN': '{label}印为一行，未按{format}分为{parts}：按一行读取',
        en: '{label} is printed as one row, not divided into {parts} as {format} has it: read as one row',
      },
      hint: {
        'zh-CN': '该报告沿用旧的表格样式；如原文说明了如何划分，请手工拆分此行',
        en: 'the report follows an older layout; divide the row by hand if the original says how',
      },
    },
  },
  'import/no-text-layer': {
    default: {
      message: {
        'zh-CN': 'PDF 的{pages}页没有文字层（是扫描件或图片）：无内容可读取，report 不做文字识别（OCR）',
        en: "the PDF's {pages} page has no text layer (a scan or a picture): there is nothing to read, and report does no OCR",
      },
      hint: noText,
    },
    pages: {
      message: {
        'zh-CN': 'PDF 的{pages}页都没有文字层（是扫描件或图片）：无内容可读取，report 不做文字识别（OCR）',
        en: "the PDF's {pages} pages have no text layer (a scan or a picture): there is nothing to read, and report does no OCR",
      },
      hint: noText,
    },
  },
  'import/not-a-report': {
    default: {
      message: { 'zh-CN': '不是网页（HTML）、Word（.docx）文件或 PDF', en: 'not an HTML page, a Word (.docx) file or a PDF' },
      hint: {
        'zh-CN': '请把网站上的报告另存为网页，或提供它的 .docx 或 .pdf 文件；.doc（Word 97）文件须另存为 .docx',
        en: 'save the report from the site as a web page, or give its .docx or .pdf; a .doc (Word 97) must be saved again as .docx',
      },
    },
    unreadable: { message: { 'zh-CN': '{kind} 文件无法读取：{reason}', en: 'the {kind} file cannot be read: {reason}' } },
    'not-word': {
      message: {
        'zh-CN': 'Word 文件无法读取：其中没有 word/document.xml，不是 Word 文档',
        en: 'the Word file cannot be read: no word/document.xml inside: not a Word document',
      },
    },
    'no-body': { message: { 'zh-CN': 'Word 文件无法读取：文档没有正文（w:body）', en: 'the Word file cannot be read: the document has no body' } },
  },
  'import/no-year': {
    default: {
      message: { 'zh-CN': '标题中没有年份，无法确定年份和格式', en: 'the title states no year, so neither the year nor the format can be told' },
      hint: giveYear,
    },
    year: { message: { 'zh-CN': '没有适用于{year}年的国家格式', en: 'no national format covers the year {year}' }, hint: giveYear },
  },
  'import/identity': {
    id: {
      message: { 'zh-CN': '单位代码「{id}」由文件名「{base}」生成', en: 'id “{id}” made from the file name “{base}”' },
      hint: { 'zh-CN': '单位代码只能使用字母、数字、- 和 _；可在 YAML 中修改', en: 'ids allow letters, digits, - and _; edit it in the YAML' },
    },
    'name-title': { message: { 'zh-CN': '单位名称「{name}」取自标题「{title}」', en: 'name “{name}” taken from the title “{title}”' }, hint: giveName },
    'name-file': {
      message: { 'zh-CN': '标题中没有单位名称：单位名称「{name}」取自文件名', en: 'the title names no agency: name “{name}” taken from the file name' },
      hint: giveName,
    },
  },
  'import/blank-zero': {
    default: { message: { 'zh-CN': '本表{count}个空白单元格读作0（此处为第一个）', en: '{count} blank cell in this table read as 0 (the first here)' } },
    many: { message: { 'zh-CN': '本表{count}个空白单元格读作0（此处为第一个）', en: '{count} blank cells in this table read as 0 (the first here)' } },
  },
  'import/total-blank': {
    default: { message: { 'zh-CN': '本表{count}个空白的总计单元格未填入，由规则计算（此处为第一个）', en: '{count} blank 总计 cell left out, so the rules compute them (the first here)' } },
    many: { message: { 'zh-CN': '本表{count}个空白的总计单元格未填入，由规则计算（此处为第一个）', en: '{count} blank 总计 cells left out, so the rules compute them (the first here)' } },
  },
  'import/merged-zero': {
    default: { message: { 'zh-CN': '{label}：合并单元格中印有一个0，各项均读作0', en: '{label}: one 0 printed across merged cells, read as 0 in each' } },
  },
  'import/placeholder-zero': {
    default: { message: { 'zh-CN': '{label}：「{text}」读作0', en: '{label}: “{text}” read as 0' } },
  },
  'import/unit': {
    default: { message: { 'zh-CN': '{label}：「{text}」去掉单位，保留数字', en: '{label}: “{text}”: the unit is dropped, the number kept' } },
  },
  'import/yuan-to-wan': {
    default: {
      message: {
        'zh-CN': '{label}：「{text}」准确换算为{value}（该单元格以{unit}为单位）',
        en: '{label}: “{text}” converted exactly to {value} for a cell kept in {unit}',
      },
    },
  },
  'import/full-width': {
    default: { message: { 'zh-CN': '{label}：「{text}」为全角数字，按半角读取', en: '{label}: “{text}” printed in full-width digits, read as half-width' } },
  },
  'import/thousands': {
    default: { message: { 'zh-CN': '{label}：「{text}」去掉千位分隔符', en: '{label}: “{text}”: thousands separators dropped' } },
  },
  'import/prose': {
    default: { message: { 'zh-CN': '从正文读取：「{quote}」', en: 'read from the text: “{quote}”' } },
    fees: { message: { 'zh-CN': '信息处理费从正文读取：「{quote}」', en: '信息处理费 read from the text: “{quote}”' } },
    'fees-none': { message: { 'zh-CN': '信息处理费按正文读作0件、0元：「{quote}」', en: '信息处理费 read as 0 applications and 0 元 from the text: “{quote}”' } },
  },
};
