// Messages of submission/*, roster/*, group/*, previous/*, continuity/* (the project rules).
import type { MessageEntry, Messages } from './types.js';

const groupUnknownHint = {
  'zh-CN': '是否应为{guess}？否则请在report.yaml的`groups:`中加上{group}',
  en: 'did you mean {guess}? Otherwise add {group} to `groups:` in report.yaml',
};

const rosterMissingHint = {
  'zh-CN': '请催报；或加上--allow-missing选项，生成不含该单位的报告',
  en: 'ask for it, or build with --allow-missing to publish without it',
};

const submissionDuplicateHint = {
  'zh-CN': '删除其中一处，或为不同机关设置不同的id',
  en: 'remove one of the two, or give each agency its own id',
};

const groupUnknown: Record<string, MessageEntry> = {
  default: {
    message: { 'zh-CN': 'group填写为{group}，但report.yaml声明的分组为{groups}', en: 'group is {group}: report.yaml declares {groups}' },
    hint: groupUnknownHint,
  },
  roster: {
    message: { 'zh-CN': '名单中`{id}`的分组为{group}，但report.yaml声明的分组为{groups}', en: '`{id}` is in group {group}: report.yaml declares {groups}' },
    hint: groupUnknownHint,
  },
};

export const projectMessages: Messages = {
  'submission/duplicate': {
    default: {
      message: { 'zh-CN': '单位`{id}`被重复计算：本文件和{file}中都有', en: 'unit `{id}` is counted twice: here and in {file}' },
      hint: submissionDuplicateHint,
    },
    consolidated: {
      message: {
        'zh-CN': '单位`{id}`被重复计算：本文件（它是这份汇总报告所汇总的单位之一）和{file}中都有',
        en: 'unit `{id}` is counted twice: here (it is one of the units this consolidated report sums) and in {file}',
      },
      hint: submissionDuplicateHint,
    },
  },
  'submission/format': {
    default: {
      message: {
        'zh-CN': '本文件使用的格式为{format}，但报告（report.yaml）使用{expected}',
        en: 'the submission uses format {format}, but the report (report.yaml) uses {expected}',
      },
      hint: {
        'zh-CN': '格式由年度决定：2019—2020年度用gb2019，2021年度起用gb2021',
        en: 'the format follows the year: gb2019 for 2019–2020, gb2021 from 2021',
      },
    },
  },
  'submission/year': {
    default: {
      message: {
        'zh-CN': '本文件的年度为{year}，但报告（report.yaml）的年度为{expected}',
        en: 'the submission is for {year}, but the report (report.yaml) is for {expected}',
      },
      hint: {
        'zh-CN': '请核对该文件；如是上年度的文件，请移出submissions文件夹',
        en: "check the file; if it is last year's, move it out of the submissions folder",
      },
    },
  },
  'roster/duplicate': {
    default: {
      message: { 'zh-CN': '`{id}`在名单中出现两次（另见第{line}行，{name}）', en: '`{id}` is on the roster twice (also at line {line}, {name})' },
      hint: { 'zh-CN': '每个机关只列一次；不同机关使用不同的id', en: 'list each agency once; give different agencies different ids' },
    },
  },
  'roster/missing': {
    default: {
      message: { 'zh-CN': '{name}（`{id}`）在名单中，但没有报送', en: '{name} (`{id}`) is on the roster but sent no submission' },
      hint: rosterMissingHint,
    },
    unreadable: {
      message: {
        'zh-CN': '{name}（`{id}`）在名单中，但没有报送，除非它在无法读取的{files}中',
        en: '{name} (`{id}`) is on the roster but sent no submission, unless it is in {files}, which could not be read',
      },
      hint: rosterMissingHint,
    },
  },
  'roster/name': {
    default: {
      message: { 'zh-CN': 'name填写为{name}，但名单中`{id}`的名称为{rosterName}', en: 'name is {name}, but the roster lists `{id}` as {rosterName}' },
      hint: { 'zh-CN': '请核对id，并使两处的名称写法一致', en: 'check the id, and write the name the same way in both' },
    },
  },
  'roster/unknown': {
    default: {
      message: { 'zh-CN': '`{id}`不在名单（{file}）中', en: '`{id}` is not on the roster ({file})' },
      hint: { 'zh-CN': '请将其加入名单，或检查单位代码（id）是否写错', en: 'add it to the roster, or check the id for a typo' },
    },
  },
  'group/mismatch': {
    default: {
      message: {
        'zh-CN': 'group填写为{group}，但名单（{file}:{line}:{column}）将`{id}`列入{rosterGroup}',
        en: 'group is {group}, but the roster ({file}:{line}:{column}) puts `{id}` in {rosterGroup}',
      },
      hint: {
        'zh-CN': '一个单位只属于一个分组：请更正本文件或名单（也可在本文件中不写`group:`，以名单为准）',
        en: "a unit falls in exactly one group: correct the submission or the roster (or leave `group:` out of the submission to take the roster's)",
      },
    },
  },
  'group/missing': {
    default: {
      message: {
        'zh-CN': '`{id}`不属于任何分组：report.yaml声明的分组为{groups}，但本文件和名单都没有指定',
        en: '`{id}` is in no subtotal group: report.yaml declares {groups}, and neither the submission nor the roster names one',
      },
      hint: {
        'zh-CN': '在本文件中，或在名单中该单位的条目里，加上`group: {first}`（或其他已声明的分组）',
        en: 'add `group: {first}` (or another of them) to the submission, or to its entry in the roster',
      },
    },
  },
  'group/unknown': groupUnknown,
  'previous/region': {
    default: {
      message: {
        'zh-CN': '上年度报告是{name}的报告：应为{region}（report.yaml中的region）的报告',
        en: "last year's report is {name}'s: expected {region}'s (region in report.yaml)",
      },
      hint: {
        'zh-CN': '在report.yaml的`previous:`中填写{region}上年度的report.json',
        en: "name {region}'s own report.json of last year as `previous:` in report.yaml",
      },
    },
  },
  'previous/units': {
    default: {
      message: {
        'zh-CN': '上年度报告的{total}个单位中，本年只有{matched}个报送：应为其中的大多数',
        en: "only {matched} of the {total} units of last year's report submitted this year: expected most of them",
      },
      hint: {
        'zh-CN': '请核对previous.json是否为本地区上年度的报告；此后改名的单位在其中仍用原来的id',
        en: "check that previous.json is this region's report of last year; units renamed since keep their old ids there",
      },
    },
  },
  'previous/year': {
    default: {
      message: {
        'zh-CN': '上年度报告是{year}年度的报告：应为{expected}年度，即本报告{reportYear}年度的上一年',
        en: "last year's report is on {year}: expected {expected}, the year before this report's {reportYear}",
      },
      hint: {
        'zh-CN': '在report.yaml的`previous:`中填写{expected}年度的报告；所有「比上年」的比较都以它为准',
        en: 'name the report on {expected} as `previous:` in report.yaml; every 比上年 comparison is made with it',
      },
    },
  },
  'continuity/carried-over': {
    default: {
      message: {
        'zh-CN': '上年结转（carried_over.{column}）填写为{value}，但该单位上年度的结转下年度继续办理为{last}（{file}）',
        en: '上年结转 (carried_over.{column}) is {value}, but last year this unit carried forward {last} (结转下年度继续办理 in {file})',
      },
      hint: {
        'zh-CN': '上年度结转下年度继续办理的申请，就是本年度的上年结转；请核对这两个数字',
        en: 'the applications carried forward last year are the ones carried over this year; check both figures',
      },
    },
  },
};
