// `report init`: the files of a new report project, as text.
import type { FormatDescription } from '../formats/types.js';

export interface ProjectOptions {
  readonly region: string;
  readonly year: number;
  readonly format: FormatDescription;
  readonly compiledBy: string;
}

export function scaffoldProject({ region, year, format, compiledBy }: ProjectOptions): Record<string, string> {
  const fees = format.processingFees
    ? '\n本年度共对{{processing_fees.charged}}件申请收取信息处理费{{processing_fees.collected}}元。\n'
    : '';
  return {
    'report.yaml': `# The compiling office's settings: see \`report --help\` and the README.
title: ${region}${year}年政府信息公开工作年度报告
region: ${region}
year: ${year}
format: ${format.id}            # gb2019 for reports on 2019–2020, gb2021 from 2021
compiled_by: ${compiledBy}
contact: {phone: "", email: "", website: ""}
submissions: submissions/**/*.{yaml,yml,xlsx,xls,et}
roster: roster.yaml
# previous: previous.json      # last year's report.json, for 比上年 comparisons
groups: [市级部门, 区县（市）]
narrative:
  overview: narrative/overview.md
  problems: narrative/problems.md
  other: narrative/other.md
output: {dir: dist, formats: [md, html, pdf, json]}
# fonts: {body: fonts/仿宋.ttf, heading: fonts/小标宋.ttf}
`.replace('contact: {phone: "", email: "", website: ""}\n', '# contact: {phone: "", email: "", website: ""}\n'),
    'roster.yaml': `# Every agency expected to submit; \`report validate\` names those that have not.
agencies:
  - {id: finance, name: ${region}财政局, group: 市级部门}
`,
    'narrative/overview.md': `{{year}}年，{{region}}纳入统计的{{units}}个单位共新收政府信息公开申请{{requests.received.total}}件。
其中予以公开{{requests.results.granted.total}}件，占办结总数的{{percent requests.results.granted.total requests.results.total.total}}。
`,
    'narrative/problems.md': `（写明本年度工作中存在的主要问题和改进措施。）
`,
    'narrative/other.md': `（写明其他需要报告的事项。）${fees}`,
  };
}
