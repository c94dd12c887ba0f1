// `report init`: the files of a new report project, as text.
import { proseHeadings } from '../formats/shared.js';
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
  const groupLine = groups.length > 0 ? `groups: [${groups.join(', ')}]   # 分组小计，按此顺序排列\n` : '# groups: [...]      # 分组小计，按此顺序排列（乡镇一般不分组）\n';
  const exampleGroup = groups.length > 0 ? `, group: ${groups[0]}` : '';
  return {
    'report.yaml': `# 本报告的汇编设置（详见 README 和 \`report --help\`）：
# title 报告标题，region 地区，year 报告年度，compiled_by 落款的汇编机关。
title: ${region}${year}年政府信息公开工作年度报告
region: ${region}
year: ${year}
format: ${format.id}            # 2019、2020年度用 gb2019，2021年度起用 gb2021
compiled_by: ${compiledBy}
# contact: {phone: "", email: "", website: ""}   # 联系电话、电子邮箱、网站
submissions: submissions/**/*.{yaml,yml,xlsx,xls,et}   # 各单位报送的文件
roster: roster.yaml   # 应报送单位名单
# previous: previous.json      # 上年生成的 report.json，用于与上年比较
${groupLine}narrative:   # 各部分的文字，由本机关撰写
  overview: narrative/overview.md     # ${proseHeadings.overview}
  problems: narrative/problems.md     # ${proseHeadings.problems}
  other: narrative/other.md           # ${proseHeadings.other}
output: {dir: dist, formats: [md, html, pdf, json]}   # 输出文件夹和格式（另有 csv、xlsx）
# fonts: {body: fonts/仿宋.ttf, heading: fonts/小标宋.ttf}   # 可选：正文和标题字体，默认用自带的思源宋体
`,
    'roster.yaml': `# 应报送年度报告的全部单位；\`report validate\` 会列出还没有报送的单位。
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
