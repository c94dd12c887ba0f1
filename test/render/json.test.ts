// report.json states every sum exactly, even where a double could not hold its digits.
import { describe, expect, it } from 'vitest';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { edit, fixture } from '../helpers/submissions.js';

const finance = fixture('submissions/valid-gb2021.yaml');

describe('report.json', () => {
  it('writes a sum of 万元 amounts with all its 17 digits', async () => {
    const files: Record<string, string> = { 'report.yaml': reportYaml('gb2021', 2023) };
    for (let i = 0; i < 11; i++) files[`submissions/u${i}.yaml`] = edit(edit(finance, 'id: finance', `id: u${i}`), 'fees: {amount: 25.1}', 'fees: {amount: 999999999.999999}');
    const result = await buildProject(files, projectOptions(['json']));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = new TextDecoder().decode(result.outputs.get('report.json'));
    expect(text).toMatch(/"fees": \{\n\s+"amount": 10999999999\.999989\n/);
  });
});
