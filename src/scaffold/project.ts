// `report init`: the files of a new report project, as text.
import type { FormatDescription } from '../formats/types.js';
import { initInstructions } from '../narrative/unfilled.js';
import { levelDefaults, type Level } from './levels.js';

export interface ProjectOptions {
  readonly region: string;
  readonly year: number;
  readonly format: FormatDescription;
  readonly compiledBy: string;
  readonly level: Level;
}

export function scaffoldProject({ region, year, format, compiledBy, level }: ProjectOptions): Record<string, string> {
  const defaults = levelDefaults[level];
  const groups = defaults.groups;
  const example = defaults.example(region);
  const groupLine = groups.length > 0 ? `groups: [${groups.join(', ')}]   # subtotal groups, in this order\n` : '# groups: [...]      # subtotal groups, in this order\n';
  const exampleGroup = groups.length > 0 ? `, group: ${groups[0]}` : '';
  return {
    'report.yaml': `# The compiling office's settings: see \`report --help\` and the README.
title: ${region}${year}年政府信息公开工作年度报告
region: ${region}
year: ${year}
format: ${format.id}            # gb2019 for reports on 2019–2020, gb2021 from 2021
compiled_by: ${compiledBy}
# contact: {phone: "", email: "", website: ""}
submissions: submissions/**/*.{yaml,yml,xlsx,xls,et}
roster: roster.yaml
# previous: previous.json      # last year's report.json, for 比上年 comparisons
${groupLine}narrative:
  overview: narrative/overview.md
  problems: narrative/problems.md
  other: narrative/other.md
output: {dir: dist, formats: [md, html, pdf, json]}
# fonts: {body: fonts/仿宋.ttf, heading: fonts/小标宋.ttf}
`,
    'roster.yaml': `# Every agency expected to submit; \`report validate\` names those that have not.
agencies:
  - {id: ${example.id}, name: ${example.name}${exampleGroup}}
`,
    'narrative/overview.md': `{{year}}年，{{region}}纳入统计的{{units}}个单位共新收政府信息公开申请{{requests.received.total}}件。
其中予以公开{{requests.results.granted.total}}件，占办结总数的{{percent requests.results.granted.total requests.results.total.total}}。
`,
    // Instructions, not prose: validate and build refuse them (narrative/unfilled) until replaced.
    'narrative/problems.md': `${initInstructions.problems}\n`,
    // The information processing fees of part 六 (gb2021) are stated by the tool itself.
    'narrative/other.md': `${initInstructions.other}\n`,
  };
}
