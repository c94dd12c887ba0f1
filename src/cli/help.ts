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
  root.configureHelp({ styleTitle: (title) => titles[title] ?? title });
  root.configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) });
}

/** After the subcommands are added: their descriptions and the common options' in Chinese. */
export function localizeCommands(root: Command, lang: Lang): void {
  if (lang === 'en') return;
  for (const command of [root, ...root.commands]) {
    const description = commandDescriptions[command.name()];
    if (description) command.description(description);
    for (const option of command.options) {
      const zh = commonOptionDescriptions[option.long ?? ''];
      if (zh) option.description = zh;
    }
  }
}
