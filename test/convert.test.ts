// report convert: YAML → workbook → YAML keeps every figure, key and narrative; a
// submission with errors is not converted.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertSubmission } from '../src/convert.js';
import { readXlsx } from '../src/read/xlsx/index.js';
import { readYaml } from '../src/read/yaml.js';
import { createSubmissionValidator } from '../src/validate/run.js';
import { edit, fixture } from './helpers/submissions.js';

const options = { validate: createSubmissionValidator(), schemaUrl: (id: string) => `schemas/${id}.schema.json`, generator: 'report test' };
const yamlDoc = (text: string) => {
  const read = readYaml('finance.yaml', new TextEncoder().encode(text));
  if (!read.ok) throw new Error('fixture does not load');
  return read.document;
};

describe('report convert', () => {
  for (const format of ['gb2019', 'gb2021'] as const) {
    it(`${format}: YAML → XLSX → YAML gives the same figures and keys`, async () => {
      const text = fixture(`submissions/valid-${format}.yaml`);
      const workbook = await convertSubmission(yamlDoc(text), { ...options, to: 'xlsx' });
      expect(workbook.ok).toBe(true);
      if (!workbook.ok) return;
      const read = await readXlsx('finance.xlsx', workbook.bytes);
      if (!read.ok) throw new Error('the workbook does not read');
      expect(read.document.value).toEqual(parse(text));
      const back = await convertSubmission(read.document, { ...options, to: 'yaml' });
      expect(back.ok && parse(new TextDecoder().decode(back.bytes))).toEqual(parse(text));
    });
  }

  it('a submission with an error is not converted, and says why', async () => {
    const text = edit(fixture('submissions/valid-gb2021.yaml'), 'pending: 1, total: 4}', 'pending: 1, total: 5}');
    const converted = await convertSubmission(yamlDoc(text), { ...options, to: 'xlsx' });
    expect(converted.ok).toBe(false);
    expect(converted.diagnostics.map((d) => d.code)).toEqual(['appeals/total']);
  });
});
