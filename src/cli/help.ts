// The CLI's own words in the chosen language: the commands' descriptions, commander's
// help headings and its errors (unknown option, missing argument …). English is what the
// command files write; Chinese replaces it here, so a zh-CN user reads no English.
import type { Command } from 'commander';
import type { Lang } from '../diagnostics/lang.js';

export const rootDescription: Record<Lang, string> = {
  'zh-CN': '政府信息公开工作年度报告：校验各单位报送的数据，汇总，生成年度报告',
  en: '政府信息公开工作年度报告: validate agency submissions, consolidate them, render the report',
};

const commandDescriptions: Readonly<Record<string, string>> = {
  init: '新建报告项目：report.yaml、示例名单和正文',
  new: '生成一份各项均为0的报送文件，每个键都注明表格中的名称',
  validate: '按格式和一致性规则校验报送文件，不写出任何文件',
  build: '校验、汇总并生成年度报告（加 --per-agency 时同时生成各单位的报告）',
  convert: '在 YAML 和工作簿（.xlsx）之间转换报送文件，只转换没有错误的文件',
  import: '把已发布的年度报告（网页、.docx、带文字层的 PDF）读成报送文件，并逐一校验',
  schema: '输出报送文件的 JSON Schema',
  diff: '比较两次生成的 report.json，输出更正说明：变化的数字、单位和正文部分',
  explain: '说明诊断代码的含义（不给代码时列出全部代码）',
  preview: '生成报告，在本机（127.0.0.1）提供输出文件夹的预览，输入变化后重新生成并刷新页面',
};

const commonOptionDescriptions: Readonly<Record<string, string>> = {
  '--strict': '警告也使运行失败',
  '--allow-missing': '名单上的单位未报送时只作警告，不作错误',
  '--reporter': '诊断信息的输出方式',
  '--quiet': '只输出导致失败的问题，不输出汇总和进度',
  '--no-color': '不使用 ANSI 颜色（也可设 NO_COLOR=1）',
  '--debug': '内部错误时输出调用栈',
  '--lang': '语言：zh-CN（默认）或 en；也可设 REPORT_LANG',
};

/** Each command's own options and arguments, by command, then by long flag or argument name. */
const ownDescriptions: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  init: {
    dir: '要新建或补全的项目文件夹',
    '--level': '编制报告的政府层级：city（市）| county（县）| district（区）| township（乡镇）',
    '--region': '市、县、区或乡镇的名称（默认：示例市、示例县……）',
    '--year': '报告年度（默认：上一年）',
    '--format': 'gb2019 | gb2021（默认：按年度确定）',
    '--compiled-by': '编制机关（默认：市为<地区>人民政府办公厅，县、区为人民政府办公室）',
  },
  new: {
    'agency-id': '单位代码：字母、数字、- 和 _（用作输出文件名）',
    '--name': '单位全称',
    '--group': '所属汇总分组（report.yaml 的 groups 之一）',
    '--year': '报告年度（默认：report.yaml 中的年度，否则为上一年）',
    '--format': 'gb2019 | gb2021（默认：按年度确定）',
    '--output': '写到哪里（默认：submissions/<单位代码>.yaml）',
    '--dir': '项目文件夹',
    '--xlsx': '写出与印制表格样式相同的工作簿（submissions/<单位代码>.xlsx），而不是 YAML',
  },
  validate: { paths: '项目文件夹（含 report.yaml）、报送文件所在的文件夹，或报送文件' },
  build: {
    dir: '项目文件夹（含 report.yaml）',
    '--out': '输出文件夹（默认：report.yaml 的 output.dir）',
    '--formats': '用逗号分隔：md,html,pdf,json,csv,xlsx（默认：report.yaml 的 output.formats）',
    '--per-agency': '同时在 agencies/ 中生成各单位自己的报告',
    '--previous-build': '此前发布的 report.json：在报告后附上变化之处的更正说明',
    '--embed-fonts': '把 PDF 的字体嵌入 report.html（只含用到的字，WOFF2 格式）',
    '--watch': '生成后继续监视输入文件，每次变化后重新生成（按 Ctrl-C 停止）',
  },
  preview: {
    dir: '项目文件夹（含 report.yaml）',
    '--port': '监听的端口（0：任选一个空闲端口）',
    '--host': '监听的本机地址：127.0.0.1、localhost 或 ::1',
    '--out': '输出文件夹（默认：report.yaml 的 output.dir）',
    '--formats': '用逗号分隔：md,html,pdf,json,csv,xlsx（默认：report.yaml 的 output.formats）',
    '--per-agency': '同时在 agencies/ 中生成各单位自己的报告',
    '--previous-build': '此前发布的 report.json：在报告后附上变化之处的更正说明',
    '--embed-fonts': '把 PDF 的字体嵌入 report.html（只含用到的字，WOFF2 格式）',
  },
  convert: {
    files: '要转换的报送文件',
    '--to': '转换成哪种文件',
    '--output': '写入的文件夹（默认：与原文件在同一文件夹）',
  },
  import: {
    files: '已发布的报告：.html/.htm 网页、.docx 文件、PDF',
    '--output': '报送文件（以及 previous.json）写到哪里',
    '--year': '报告年度，用于文件中没有写明年度的情况',
    '--format': 'gb2019 | gb2021（默认：该年度适用的格式）',
    '--name': '单位名称，用于标题中没有写明的情况（只能给一个文件）',
    '--previous': '写出 previous.json（上一年度的报告，用于“比上年”），而不是报送文件',
  },
  schema: { '--format': 'gb2019 | gb2021' },
  diff: {
    old: '此前发布的那次生成的 report.json',
    new: '新一次生成的 report.json',
    '--check': '有任何不同时以状态1退出（用于 CI）',
  },
  explain: { code: '诊断代码，例如 requests/balance' },
};

/** commander's “(choices: …, default: …)” after a description, in Chinese. */
function withChoicesAndDefault(description: string, choices: readonly string[] | undefined, given: string | undefined): string {
  const extra = [...(choices ? [`可选值：${choices.join('、')}`] : []), ...(given === undefined ? [] : [`默认：${given}`])];
  return extra.length === 0 ? description : `${description}（${extra.join('；')}）`;
}

const titles: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** commander's error lines, English → Chinese; what matches none is left as it is. */
const errors: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '(.+)'$/m, "错误：未知选项 '$1'"],
  [/^error: unknown command '(.+)'$/m, "错误：未知命令 '$1'"],
  [/^error: missing required argument '(.+)'$/m, "错误：缺少必需的参数 '$1'"],
  [/^error: option '(.+)' argument missing$/m, "错误：选项 '$1' 缺少值"],
  [/^error: required option '(.+)' not specified$/m, "错误：缺少必需的选项 '$1'"],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/m, '错误：参数过多，应为$2个，实际为$3个'],
  [/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/m, "错误：选项 '$1' 的值 '$2' 无效，可选值为 $3"],
  [/^\(Did you mean (.+)\?\)$/m, '（是否想输入 $1？）'],
];

export function translateCommanderError(text: string): string {
  return text
    .split('\n')
    .map((line) => errors.reduce((l, [pattern, zh]) => l.replace(pattern, zh), line))
    .join('\n');
}

/** Set on the root before the subcommands are added: they inherit the help and output settings. */
export function localizeRoot(root: Command, lang: Lang): void {
  root.description(rootDescription[lang]);
  if (lang === 'en') return;
  root.helpOption('-h, --help', '显示帮助');
  root.helpCommand('help [command]', '显示某个命令的帮助');
  root.configureHelp({
    styleTitle: (title) => titles[title] ?? title,
    optionDescription: (option) => {
      const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      const given = option.defaultValue === undefined || !shown ? undefined : (option.defaultValueDescription ?? String(option.defaultValue));
      return withChoicesAndDefault(option.description, option.argChoices, given);
    },
    argumentDescription: (argument) =>
      withChoicesAndDefault(argument.description, argument.argChoices, argument.defaultValue === undefined ? undefined : (argument.defaultValueDescription ?? String(argument.defaultValue))),
  });
  root.configureOutput({
    // commander puts a space after the title; a full-width colon needs none.
    writeOut: (text) => process.stdout.write(text.replace(/^用法： /m, '用法：')),
    writeErr: (text) => process.stderr.write(text.replace(/^用法： /m, '用法：')),
    outputError: (text, write) => write(translateCommanderError(text)),
  });
}

/** After the subcommands are added: their descriptions and the common options' in Chinese. */
export function localizeCommands(root: Command, lang: Lang): void {
  if (lang === 'en') return;
  for (const command of [root, ...root.commands]) {
    const description = commandDescriptions[command.name()];
    if (description) command.description(description);
    const own = ownDescriptions[command.name()] ?? {};
    for (const option of command.options) {
      const zh = own[option.long ?? ''] ?? commonOptionDescriptions[option.long ?? ''];
      if (zh) option.description = zh;
    }
    for (const argument of command.registeredArguments) {
      const zh = own[argument.name()];
      if (zh) argument.description = zh;
    }
  }
}
