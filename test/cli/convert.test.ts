// `report convert` on the disk: YAML → workbook → YAML, beside the file or into -o, never
// over an existing file; a file with errors is reported and not converted.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runReport } from '../helpers/cli.js';
import { edit, fixture, fixturePath } from '../helpers/submissions.js';

describe('report convert', () => {
  it('YAML → XLSX → YAML keeps the figures and keys, and never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-convert-'));
    copyFileSync(fixturePath('submissions/valid-gb2019.yaml'), join(dir, 'housing.yaml'));
    const toXlsx = runReport(['convert', 'housing.yaml', '--to', 'xlsx'], dir);
    expect(toXlsx.status).toBe(0);
    expect(existsSync(join(dir, 'housing.xlsx'))).toBe(true);
    const back = runReport(['convert', 'housing.xlsx', '--to', 'yaml', '-o', 'back'], dir);
    expect(back.status).toBe(0);
    expect(parse(readFileSync(join(dir, 'back/housing.yaml'), 'utf8'))).toEqual(parse(fixture('submissions/valid-gb2019.yaml')));
    const again = runReport(['convert', 'housing.yaml', '--to', 'xlsx'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists already');
  }, 120_000);

  it('a file with an error is reported at its line and not converted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-convert-'));
    writeFileSync(join(dir, 'finance.yaml'), edit(fixture('submissions/valid-gb2021.yaml'), 'pending: 1, total: 4}', 'pending: 1, total: 5}'));
    const result = runReport(['convert', 'finance.yaml', '--to', 'xlsx', '--reporter', 'json'], dir);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string; file: string }) => [d.code, d.file])).toEqual([['appeals/total', 'finance.yaml']]);
    expect(existsSync(join(dir, 'finance.xlsx'))).toBe(false);
  }, 120_000);
});
