// `report init`'s files: settings and roster commented in Chinese for the office that fills
// them in, and still the settings they were (the comments change no value).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formats } from '../../src/formats/index.js';
import { levels } from '../../src/scaffold/levels.js';
import { scaffoldProject } from '../../src/scaffold/project.js';
import { notChinese, proseComments } from '../helpers/comments.js';

const files = (level: (typeof levels)[number]) => scaffoldProject({ region: '青山县', year: 2023, format: formats.gb2021, compiledBy: '青山县人民政府办公室', level });

describe('report init files', () => {
  it.each(levels)('are commented in Chinese (--level %s)', (level) => {
    for (const name of ['report.yaml', 'roster.yaml']) {
      const comments = proseComments(files(level)[name]);
      expect(comments.length, name).toBeGreaterThan(0);
      expect(notChinese(comments), name).toEqual([]);
    }
  });

  it('name the prose parts by their printed headings, and the comments change no setting', () => {
    const text = files('county')['report.yaml'];
    expect(text).toContain('problems: narrative/problems.md     # 五、存在的主要问题及改进情况');
    expect(parse(text)).toEqual({
      title: '青山县2023年政府信息公开工作年度报告',
      region: '青山县',
      year: 2023,
      format: 'gb2021',
      compiled_by: '青山县人民政府办公室',
      submissions: 'submissions/**/*.{yaml,yml,xlsx,xls,et}',
      roster: 'roster.yaml',
      groups: ['县级部门', '乡镇（街道）'],
      narrative: { overview: 'narrative/overview.md', problems: 'narrative/problems.md', other: 'narrative/other.md' },
      output: { dir: 'dist', formats: ['md', 'html', 'pdf', 'json'] },
    });
  });
});
