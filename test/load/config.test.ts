// report.yaml: a format its year does not use is one configuration error at `format:`,
// not one submission/format error per submission.
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/check.js';
import { reportYaml } from '../helpers/project.js';
import { edit, fixture, located } from '../helpers/submissions.js';
import { memoryFiles } from '../helpers/memory-files.js';

describe('report.yaml', () => {
  it('year 2020 with format gb2021 is one config/format-year error at its line', async () => {
    const gb2019 = fixture('submissions/valid-gb2019.yaml');
    const files = memoryFiles({
      'p/report.yaml': reportYaml('gb2021', 2020),
      'p/submissions/a.yaml': gb2019,
      'p/submissions/b.yaml': edit(gb2019, `id: ${/id: (\S+)/.exec(gb2019)![1]}`, 'id: b'),
    });
    const result = await checkProject('p', 'p', files);
    expect(result.diagnostics.map(located)).toEqual([{ code: 'config/format-year', path: 'format', line: 4, column: 9 }]);
    expect(result.diagnostics[0]).toMatchObject({ messageId: 'openEnded', data: { format: 'gb2021', year: 2020, from: 2021, right: 'gb2019' } });
    expect(result.configFailed).toBe(true);
  });
});
