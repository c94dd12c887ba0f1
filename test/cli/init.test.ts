// `report init`: fitting groups and office for the level of government, instructions that
// cannot be published by mistake, part 六's fee sentence once, and a format its year uses.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

/** The scaffolded submission with one application received and granted. */
function fillIn(path: string): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const row of ['  received:', '    granted:']) {
    const at = lines.findIndex((l) => l.startsWith(row));
    lines[at + 1] = lines[at + 1].replace('individual: 0', 'individual: 1');
  }
  writeFileSync(path, lines.join('\n'));
}

describe('report init', () => {
  it('--level county writes a county office and county groups', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-init-'));
    expect(runReport(['init', 'p', '--level', 'county', '--region', '青山县', '--year', '2023'], dir).status).toBe(0);
    const config = readFileSync(join(dir, 'p/report.yaml'), 'utf8');
    expect(config).toMatch(/^compiled_by: 青山县人民政府办公室$/m);
    expect(config).toMatch(/^groups: \[县级部门, 乡镇（街道）\]/m);
    expect(readFileSync(join(dir, 'p/roster.yaml'), 'utf8')).toContain('{id: finance, name: 青山县财政局, group: 县级部门}');
  });

  it('refuses an unknown level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-init-'));
    const refused = runReport(['init', 'p', '--level', 'province'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('report: --level province: expected city, county, district, township\n');
  });

  it('refuses a format the year does not use, with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-init-'));
    const refused = runReport(['init', 'p', '--year', '2024', '--format', 'gb2019'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('report: --year 2024 with --format gb2019: gb2019 is the format for reports on 2019–2020: a report on 2024 uses gb2021\n');
  });

  it('its instructions fail validate until replaced; part 六 states the fees once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-init-'));
    runReport(['init', 'p', '--level', 'county', '--region', '青山县', '--year', '2023'], dir);
    runReport(['new', 'finance', '--name', '青山县财政局', '--dir', 'p'], dir);
    fillIn(join(dir, 'p/submissions/finance.yaml'));
    const unfilled = runReport(['validate', 'p', '--reporter', 'json'], dir);
    expect(unfilled.status).toBe(1);
    const found = JSON.parse(unfilled.stdout).diagnostics.map((d: { code: string; file: string; line: number; column: number }) => [d.code, d.file, d.line, d.column]);
    expect(found).toEqual([
      ['narrative/unfilled', 'p/narrative/other.md', 1, 1],
      ['narrative/unfilled', 'p/narrative/problems.md', 1, 1],
    ]);
    writeFileSync(join(dir, 'p/narrative/problems.md'), '无。\n');
    writeFileSync(join(dir, 'p/narrative/other.md'), '无。\n');
    expect(runReport(['validate', 'p'], dir).status).toBe(0);
    const built = runReport(['build', 'p', '--formats', 'md'], dir);
    expect(built.status).toBe(0);
    const md = readFileSync(join(dir, 'p/dist/report.md'), 'utf8');
    expect(md.match(/收取信息处理费/g)).toHaveLength(1);
    expect(md).not.toContain('（写明');
    // An office stating the fees in its own part 六 gets no second sentence.
    writeFileSync(join(dir, 'p/narrative/other.md'), '本机关全年收取信息处理费{{processing_fees.collected}}元。\n');
    expect(runReport(['build', 'p', '--formats', 'md'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'p/dist/report.md'), 'utf8').match(/信息处理费/g)).toEqual(['信息处理费']);
  }, 180_000); // seven runs of the CLI
});
