// Messages of load/* (src/load/, src/read/, and load/changed where a build reads a file again).
//
// A file that holds nothing or the wrong thing names what it should hold: the messageIds
// of load/empty and load/not-mapping end in the kind of file (`submission`, `roster` …,
// src/load/expected.ts). A YAML syntax error keeps the parser's own words as `{detail}`
// (the yaml library speaks English) and says in Chinese what its kind of error means;
// the parser's most frequent messages have a message of their own in each language.
import type { MessageEntry, Messages, Template, Words } from './types.js';

export const expectedKinds = ['submission', 'roster', 'config', 'previous', 'narrative'] as const;
export type ExpectedKind = (typeof expectedKinds)[number];

/** What a file of each kind should hold, and how to write one. */
const expected: Readonly<Record<ExpectedKind, { readonly what: Template; readonly hint: Template }>> = {
  submission: {
    what: { 'zh-CN': '一份报送材料（YAML映射）', en: 'a submission (a YAML mapping)' },
    hint: { 'zh-CN': '运行 `report new <agency-id> --name 名称` 生成一份各项均为0的报送材料', en: 'run `report new <agency-id> --name 名称` to write one with every cell 0' },
  },
  roster: {
    what: { 'zh-CN': '报送单位名单：`agencies:`下每个单位一项', en: 'the roster: `agencies:` with one entry per agency' },
    hint: {
      'zh-CN': '列出应报送的单位，例如 `agencies: [{id: finance, name: 示例市财政局}]`；或从report.yaml中删除 `roster:`',
      en: 'list the agencies expected to submit, e.g. `agencies: [{id: finance, name: 示例市财政局}]`, or remove `roster:` from report.yaml',
    },
  },
  config: {
    what: { 'zh-CN': 'report.yaml的设置（title、region、year、format、compiled_by）', en: "report.yaml's settings (title, region, year, format, compiled_by)" },
    hint: { 'zh-CN': '运行 `report init` 生成一份', en: 'run `report init` to write one' },
  },
  previous: {
    what: { 'zh-CN': '上一年度的汇总报告（其report.json）', en: "last year's consolidated report (its report.json)" },
    hint: { 'zh-CN': '把上一年度的report.json复制到这里；或从report.yaml中删除 `previous:`', en: "copy last year's report.json here, or remove `previous:` from report.yaml" },
  },
  narrative: {
    what: { 'zh-CN': '报告某一部分的文字', en: 'the text of a part of the report' },
    hint: {
      'zh-CN': '请写入文字；或从report.yaml的 `narrative:` 中删除这一部分，使用默认文字',
      en: 'write the text, or remove the part from `narrative:` in report.yaml to use the default text',
    },
  },
};

/** One entry per kind of file: `message(what)` and the kind's own hint (or none). */
function byKind(message: (what: Template) => Template, withHint = true): Record<string, MessageEntry> {
  return Object.fromEntries(expectedKinds.map((kind) => [kind, { message: message(expected[kind].what), ...(withHint ? { hint: expected[kind].hint } : {}) }]));
}

const resave: Template = { 'zh-CN': '请将文件另存为UTF-8编码（记事本：另存为 → 编码 → UTF-8）', en: 're-save the file as UTF-8 (in Notepad: 另存为 → 编码 → UTF-8)' };

const byteOrder: Words = {
  'little-endian': { 'zh-CN': '小端序', en: 'little-endian' },
  'big-endian': { 'zh-CN': '大端序', en: 'big-endian' },
};

/** Characters a line may be indented with by mistake, by code point. */
const indentCharacters: Words = {
  'U+3000': { 'zh-CN': '全角空格（U+3000）', en: 'a full-width space (U+3000)' },
  'U+0009': { 'zh-CN': '制表符（Tab）', en: 'a tab' },
};

/** What each kind of error the yaml parser reports means, by its code. */
const yamlErrors: Readonly<Record<string, string>> = {
  BAD_INDENT: '缩进或括号不正确：同一层的键要对齐，每下一层多缩进两个空格；花括号、方括号要成对',
  TAB_AS_INDENT: '用了制表符（Tab）缩进，YAML只能用空格缩进',
  MISSING_CHAR: '缺少字符：常见的是冒号后面缺少空格、引号没有配对或逗号缺失',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行内：常见原因是上一行缺少冒号或引号没有配对',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不正确：请检查这一行的缩进和冒号',
  UNEXPECTED_TOKEN: '这里出现了不应有的符号',
  BAD_SCALAR_START: '值不能以这个符号开头：请给这个值加上引号',
  BAD_DQ_ESCAPE: '双引号中的反斜杠\\不是有效的转义：请改用单引号',
  BAD_ALIAS: '锚点或别名（&、*）写法不正确',
  BAD_PROP_ORDER: '锚点或标签（&、!）的位置不正确',
  TAG_RESOLVE_FAILED: '无法识别的标签（以!开头）',
  BLOCK_IN_FLOW: '方括号或花括号内不能换行写成块的形式',
  BAD_DIRECTIVE: '无法识别的指令（以%开头的行）',
};

/** The parser's most frequent messages, word for word, and what each means to someone filling in a form. */
export const knownYamlMessages: Readonly<Record<string, { readonly id: string; readonly zh: string }>> = {
  'Implicit map keys need to be followed by map values': { id: 'missing-colon', zh: '这一行的键后面缺少冒号“:”（或冒号后面缺少空格）' },
  'Missing closing "quote': { id: 'missing-double-quote', zh: '双引号没有配对：缺少右边的"' },
  "Missing closing 'quote": { id: 'missing-single-quote', zh: "单引号没有配对：缺少右边的'" },
  'Nested mappings are not allowed in compact mappings': { id: 'nested-mapping', zh: '一行里出现了两层键和值：值里如有冒号加空格，请给这个值加上引号；否则请检查缩进' },
  'Implicit keys need to be on a single line': { id: 'multiline-key', zh: '键必须写在一行内：常见原因是缩进不对、上一行缺少冒号或引号没有配对' },
  'Flow map in block collection must be sufficiently indented and end with a }': { id: 'open-brace', zh: '花括号没有配对：{ 后面缺少 }，或花括号内换行后缩进不够' },
  'Flow sequence in block collection must be sufficiently indented and end with a ]': { id: 'open-bracket', zh: '方括号没有配对：[ 后面缺少 ]，或方括号内换行后缩进不够' },
  'All mapping items must start at the same column': { id: 'misaligned-keys', zh: '同一层的键没有对齐：同一层的键要从同一列开始' },
  'All sequence items must start at the same column': { id: 'misaligned-items', zh: '列表各项没有对齐：以“- ”开头的各项要从同一列开始' },
  'Tabs are not allowed as indentation': { id: 'tab-indent', zh: '用了制表符（Tab）缩进，YAML只能用空格缩进' },
};

const syntax: Record<string, MessageEntry> = {
  ...Object.fromEntries(Object.entries(knownYamlMessages).map(([en, { id, zh }]) => [id, { message: { 'zh-CN': `YAML语法错误：${zh}`, en: `YAML syntax: ${en}` } }])),
  default: { message: { 'zh-CN': 'YAML语法错误（{detail}）', en: 'YAML syntax: {detail}' } },
  ...Object.fromEntries(Object.entries(yamlErrors).map(([code, zh]) => [code, { message: { 'zh-CN': `YAML语法错误：${zh}（{detail}）`, en: 'YAML syntax: {detail}' } }])),
  indent: {
    message: { 'zh-CN': 'YAML语法错误：这一行用{character}缩进，YAML只能用半角空格缩进', en: 'YAML syntax: this line is indented with {character}; YAML indents with ASCII spaces only' },
    hint: { 'zh-CN': '请把行首的字符换成半角空格（每层两个）', en: 'replace the characters at the start of the line with spaces (two per level)' },
    words: { character: indentCharacters },
  },
};

const changed: MessageEntry = {
  message: {
    'zh-CN': '生成报告期间文件被修改了（汇总时sha256为{before}…，现在为{after}…）',
    en: 'the file changed while the report was being built (sha256 {before}… when summed, {after}… now)',
  },
  hint: { 'zh-CN': '请在没有人编辑报送材料时重新生成', en: 'build again once nobody is editing the submissions' },
};

const makeWorkbook: Template = {
  'zh-CN': '运行 `report new <agency-id> --name 名称 --xlsx`，把数字复制到它生成的工作簿中',
  en: 'run `report new <agency-id> --name 名称 --xlsx` and copy the figures into the workbook it writes',
};

const saveAsXlsx: Template = {
  'zh-CN': '请打开文件并另存为“Excel 工作簿（*.xlsx）”：在WPS中为 文件 → 另存为 → Excel 工作簿（*.xlsx）',
  en: 'open it and save it as Excel 工作簿 (*.xlsx): in WPS 文件 → 另存为 → Excel 工作簿(*.xlsx)',
};

export const loadMessages: Messages = {
  'load/too-large': {
    default: {
      message: { 'zh-CN': '文件大小为{size} MB，输入文件最大只能为{max} MB', en: 'the file is {size} MB: input files may be at most {max} MB' },
      hint: { 'zh-CN': '请确认文件是否选对：一份报送材料通常只有几KB', en: 'is this the right file? A submission is a few kilobytes' },
    },
  },
  'load/empty': {
    ...byKind((what) => ({ 'zh-CN': `文件是空的，应为${what['zh-CN']}`, en: `the file is empty: expected ${what.en}` })),
    ...Object.fromEntries(
      Object.entries(byKind((what) => ({ 'zh-CN': `文件中没有数据（只有注释或空行），应为${what['zh-CN']}`, en: `the file holds no data (only comments or blank lines): expected ${what.en}` }))).map(
        ([kind, entry]) => [`no-data.${kind}`, entry],
      ),
    ),
  },
  'load/not-mapping': byKind((what) => ({ 'zh-CN': `文件顶层不是由若干键组成的映射，应为${what['zh-CN']}`, en: `the top level is not a mapping of keys: expected ${what.en}` }), false),
  'load/encoding': {
    utf16: { message: { 'zh-CN': '文件是UTF-16编码，应为UTF-8编码', en: 'the file is UTF-16: expected UTF-8' }, hint: resave },
    'utf16-no-bom': {
      message: { 'zh-CN': '文件是UTF-16编码（{order}，没有字节顺序标记），应为UTF-8编码', en: 'the file is UTF-16 ({order}, without a byte-order mark): expected UTF-8' },
      hint: resave,
      words: { order: byteOrder },
    },
    gbk: {
      message: { 'zh-CN': '文件不是UTF-8编码：看起来是GBK/GB18030编码（Windows编辑器保存中文时的默认编码）', en: 'the file is not UTF-8: it looks like GBK/GB18030, as Windows editors save Chinese text by default' },
      hint: {
        'zh-CN': '请将文件另存为UTF-8编码（记事本：另存为 → 编码 → UTF-8），或用命令转换：iconv -f GB18030 -t UTF-8',
        en: 're-save the file as UTF-8 (in Notepad: 另存为 → 编码 → UTF-8), or convert it: iconv -f GB18030 -t UTF-8',
      },
    },
  },
  'load/binary': {
    default: {
      message: { 'zh-CN': '文件是二进制文件（含有NUL字节），应为YAML文本', en: 'the file is binary (it holds NUL bytes): expected YAML text' },
      hint: { 'zh-CN': '报送材料是纯文本的.yaml文件；.xls或.docx文件无法读取', en: 'submissions are plain-text .yaml files; an .xls or .docx cannot be read' },
    },
  },
  'load/unreadable': {
    default: { message: { 'zh-CN': '文件不存在或无法读取', en: 'the file does not exist or cannot be read' } },
  },
  'load/duplicate-key': {
    default: {
      message: { 'zh-CN': '键重复：同一映射中每个键只能出现一次', en: 'Map keys must be unique: each key may appear once in a mapping' },
      hint: { 'zh-CN': '请删除其中一个，或合并两者的值', en: 'remove one of the two, or merge their values' },
    },
  },
  'load/multiple-documents': {
    default: {
      message: { 'zh-CN': '这里开始了第二个YAML文档（在 `---` 行之后）：每个文件只能有一个文档', en: 'a second YAML document starts here (after a `---` line): expected one document per file' },
      hint: { 'zh-CN': '每个单位各用一个文件，或删除 `---` 这一行', en: 'put each agency in a file of its own, or remove the `---` line' },
    },
  },
  'load/syntax': syntax,
  'load/alias': {
    default: {
      message: { 'zh-CN': '别名（*）展开次数太多：为防止资源耗尽，拒绝读取', en: 'too many aliases: Excessive alias count indicates a resource exhaustion attack' },
      hint: { 'zh-CN': '请直接写出各个值；最多允许展开{max}次别名', en: 'write the values out; at most {max} alias expansions are allowed' },
    },
  },
  'load/reserved-key': {
    default: {
      message: {
        'zh-CN': '不允许使用键`{key}`：{reserved}是JavaScript对象机制使用的名称，不是报告中的内容',
        en: "the key `{key}` is not allowed: {reserved} name JavaScript's object machinery, not anything in a report",
      },
      hint: { 'zh-CN': '请删除这个键，或改名', en: 'remove the key, or rename it' },
    },
  },
  'load/changed': { default: changed },
  'load/encrypted': {
    default: {
      message: { 'zh-CN': '工作簿设置了打开密码：无法读取其中的数字', en: 'the workbook is password-protected: its figures cannot be read' },
      hint: {
        'zh-CN': '请去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密 → 清空密码）后重新保存；不设密码的工作表保护不影响读取',
        en: 'remove the password (文件 → 信息 → 保护工作簿 → 用密码进行加密 → clear it) and save again; sheet protection without a password is fine',
      },
    },
  },
  'load/old-spreadsheet': {
    renamed: {
      message: { 'zh-CN': '文件是Excel 97–2003（.xls）或WPS（.et）工作簿，只是改名为.xlsx', en: 'the file is an Excel 97–2003 (.xls) or WPS (.et) workbook named .xlsx' },
      hint: { 'zh-CN': '请打开文件并另存为“Excel 工作簿（*.xlsx）”', en: 'open it and save it as Excel 工作簿 (*.xlsx)' },
    },
    xls: {
      message: { 'zh-CN': '无法读取Excel 97–2003（.xls）工作簿，应为.xlsx（或.yaml）文件', en: 'an Excel 97–2003 (.xls) workbook cannot be read: expected .xlsx (or .yaml)' },
      hint: saveAsXlsx,
    },
    et: {
      message: { 'zh-CN': '无法读取WPS表格（.et）工作簿，应为.xlsx（或.yaml）文件', en: 'a WPS 表格 (.et) workbook cannot be read: expected .xlsx (or .yaml)' },
      hint: saveAsXlsx,
    },
  },
  'load/corrupt': {
    'not-zip': {
      message: { 'zh-CN': '文件不是.xlsx工作簿（.xlsx文件是zip压缩包，这个文件不是）', en: 'the file is not an .xlsx workbook (an .xlsx is a zip archive; this one is not)' },
      hint: makeWorkbook,
    },
    unopenable: {
      message: { 'zh-CN': '工作簿无法打开（{detail}）', en: 'the workbook cannot be opened: {detail}' },
      hint: {
        'zh-CN': '请用Excel或WPS打开：能打开就重新另存为.xlsx，打不开就请报送单位重新发送',
        en: 'open it in Excel or WPS; if it opens, save it again as .xlsx, otherwise ask the agency to send it again',
      },
    },
  },
  'load/workbook-unknown': {
    default: {
      message: {
        'zh-CN': '工作簿中没有`{sheet}`工作表，也没有按键路径命名的单元格（如requests_received_individual）：不是由 `report new --xlsx` 生成的',
        en: 'the workbook has no `{sheet}` sheet and no cells named by key path (such as requests_received_individual): it was not made by `report new --xlsx`',
      },
      hint: makeWorkbook,
    },
  },
};
