// The words of usage errors (exit 2): a flag, a file or a folder the command cannot use.
// A UsageError carries one of these ids and its data; main prints it in the chosen language.
import type { Template } from './types.js';

export const usageMessages = {
  'lang-unknown': {
    'zh-CN': '--lang「{given}」：应为 {choices}',
    en: '--lang "{given}": expected {choices}',
  },
  'reporter-unknown': {
    'zh-CN': '没有名为「{given}」的输出方式：应为 {choices}',
    en: 'unknown reporter "{given}": expected {choices}',
  },
  'year-invalid': {
    'zh-CN': '{flag}「{given}」不是年份',
    en: '{flag} "{given}" is not a year',
  },
  'format-unknown': {
    'zh-CN': '没有名为「{given}」的国家格式：应为 {choices}',
    en: 'unknown format "{given}": expected {choices}',
  },
  'format-for-year-none': {
    'zh-CN': '没有适用于{year}年的国家格式：应为 {choices}',
    en: 'no national format for {year}: expected {choices}',
  },
  'format-year-conflict': {
    'zh-CN': '--year {year} 与 {given} 不符：{format} 适用于{years}的报告，{instead}',
    en: '--year {year} with {given}: {format} is the format for reports on {years}: {instead}',
  },
  'format-year-right': {
    'zh-CN': '{year}年的报告使用 {right}',
    en: 'a report on {year} uses {right}',
  },
  'format-year-none': {
    'zh-CN': '没有适用于{year}年的国家格式',
    en: 'no national format covers {year}',
  },
  'years-from': { 'zh-CN': '{from}年及以后', en: '{from} and later' },
  'years-range': { 'zh-CN': '{from}—{to}年', en: '{from}–{to}' },
  'level-unknown': {
    'zh-CN': '--level「{given}」：应为 {choices} 之一',
    en: '--level {given}: expected {choices}',
  },
  'init-exists': {
    'zh-CN': '{files} 已存在，未写出任何文件',
    en: '{files} exist already; nothing was written',
  },
  'agency-id-invalid': {
    'zh-CN': '单位代码「{id}」：只能使用字母、数字、- 和 _',
    en: 'agency id "{id}": use letters, digits, - and _ only',
  },
  'new-exists': {
    'zh-CN': '{output} 已存在，保持原样未改动（可用 --output 另选路径）',
    en: '{output} exists already; it is left as it is (choose another path with --output)',
  },
  'new-other-year': {
    'zh-CN': '--year {year}：{config} 报告的是{projectYear}年，validate 会拒绝其他年份的报送文件（submission/year）',
    en: '--year {year}: {config} reports on {projectYear}, and validate refuses a submission for another year (submission/year)',
  },
  'new-other-format': {
    'zh-CN': '{year}年的 {format}：{config} 使用 {projectFormat}，validate 会拒绝其他格式的报送文件（submission/format）',
    en: '{format} for {year}: {config} uses {projectFormat}, and validate refuses a submission in another format (submission/format)',
  },
  'new-group-none': {
    'zh-CN': '--group {group}：{config} 没有声明分组；每个单位必须属于其中一个分组（在该文件的 `groups:` 中添加，或选择已有分组）',
    en: '--group {group}: {config} declares no subtotal groups; a unit must fall in one of its groups (add it to `groups:` there, or choose one of them)',
  },
  'new-group-unknown': {
    'zh-CN': '--group {group}：{config} 声明的分组为 {groups}；每个单位必须属于其中一个分组（在该文件的 `groups:` 中添加，或选择已有分组）',
    en: '--group {group}: {config} declares {groups}; a unit must fall in one of its groups (add it to `groups:` there, or choose one of them)',
  },
  'convert-same-form': {
    'zh-CN': '{path} 已经是 .{to} 文件',
    en: '{path} is a .{to} already',
  },
  'exists-choose-folder': {
    'zh-CN': '{target} 已存在，保持原样未改动（可用 -o 另选文件夹）',
    en: '{target} exists already; it is left as it is (choose another folder with -o)',
  },
  'import-name-one-file': {
    'zh-CN': '--name 只能指定一份报告的单位名称：使用时只给一个文件',
    en: '--name names one report: give one file with it',
  },
  'import-previous-one-file': {
    'zh-CN': '--previous 读取的是上一年度的一份汇总报告：只给一个文件，而不是{count}个',
    en: "--previous reads last year's one consolidated report: give exactly one file, not {count}",
  },
  'import-same-output': {
    'zh-CN': '{other} 和 {file} 都会写到 {name}：请重命名其中一个',
    en: '{other} and {file} would both be written to {name}: rename one',
  },
  'import-not-ours': {
    'zh-CN': '{target} 已存在且不是 report import 写出的，保持原样未改动（可用 -o 另选文件夹）',
    en: '{target} exists and was not written by report import; it is left as it is (choose another folder with -o)',
  },
  'file-unreadable': {
    'zh-CN': '{file}：文件不存在或无法读取',
    en: '{file}: no such file, or it cannot be read',
  },
  'formats-invalid': {
    'zh-CN': '--formats {given}：应为用逗号分隔的 {choices}',
    en: '--formats {given}: expected a comma-separated list of {choices}',
  },
  'source-date-epoch': {
    'zh-CN': 'SOURCE_DATE_EPOCH={given}：应为自1970年起的整秒数',
    en: 'SOURCE_DATE_EPOCH={given}: expected whole seconds since 1970',
  },
  'report-json-unreadable': {
    'zh-CN': '{which} {path}：无法读取（{reason}）',
    en: '{which} {path}: cannot read it ({reason})',
  },
  'report-json-not-json': {
    'zh-CN': '{which} {path}：不是 JSON（{reason}），应为 report build 生成的 report.json',
    en: '{which} {path}: not JSON ({reason}); expected a report.json written by report build',
  },
  'report-json-unusable': {
    'zh-CN': '{which} {path}：{problem}',
    en: '{which} {path}: {problem}',
  },
  'reports-unusable': {
    'zh-CN': '{old} 和 {new}：{problem}',
    en: '{old} and {new}: {problem}',
  },
  'outputs-unwritable': {
    'zh-CN': '无法把输出写到 {dir}：{reason}',
    en: 'cannot write the outputs to {dir}: {reason}',
  },
  // report preview (the watch branch): its flags, ready for its throw sites.
  'preview-host': {
    'zh-CN': '--host {host}：预览只在本机提供；应为127.0.0.1、localhost 或 ::1',
    en: '--host {host}: the preview is served on this machine only; expected 127.0.0.1, localhost or ::1',
  },
  'preview-port-busy': {
    'zh-CN': '--port {port}：已有其他程序在使用该端口；请另选端口（--port 0表示自动选用空闲端口）',
    en: '--port {port}: another program is listening on it; choose another port (--port 0 takes a free one)',
  },
  'port-invalid': {
    'zh-CN': '--port {given}：应为0到65535之间的端口号（0表示自动选用空闲端口）',
    en: '--port {given}: expected a port number from 0 to 65535 (0 takes a free one)',
  },
  'watch-quiet-invalid': {
    'zh-CN': 'REPORT_WATCH_QUIET_MS={given}：应为整毫秒数',
    en: 'REPORT_WATCH_QUIET_MS={given}: expected whole milliseconds',
  },
  'code-unknown': {
    'zh-CN': '没有代码「{given}」{suggestion}',
    en: 'no code "{given}"{suggestion}',
  },
  'code-suggestion': {
    'zh-CN': '：是否想输入 {codes}？',
    en: ': did you mean {codes}?',
  },
} as const satisfies Record<string, Template>;

export type UsageMessageId = keyof typeof usageMessages;

/** Why two report.json cannot be compared (src/diff.ts), as the data of a usage error. */
export const reportJsonProblems = {
  'not-object': {
    'zh-CN': 'report.json 应为一个 JSON 对象',
    en: 'a report.json holds one JSON object',
  },
  'format-unknown': {
    'zh-CN': '新报告的格式为 {format}：应为 gb2019或gb2021',
    en: 'the new report has format {format}: expected gb2019 or gb2021',
  },
  'formats-differ': {
    'zh-CN': '两份报告的格式不同（{old}和{new}）：更正说明只比较同一报告的两次生成',
    en: 'the reports are in different formats ({old} and {new}): a correction compares two builds of the same report',
  },
} as const satisfies Record<string, Template>;

export type ReportJsonProblemId = keyof typeof reportJsonProblems;
