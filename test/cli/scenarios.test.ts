// CLI behaviour pinned by scenario folders (Spectral's test-harness): each holds `cmd`,
// the expected `stdout`, `stderr` and exit `status`, plus the files the command reads.
// A missing golden fails the test. UPDATE_GOLDENS=1 writes all three; review the diff
// before committing.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';
import { goldens, missingGoldens } from '../helpers/scenarios.js';

const root = fileURLToPath(new URL('./scenarios/', import.meta.url));
const update = process.env.UPDATE_GOLDENS === '1';
describe('scenarios', () => {
  it('a scenario without its goldens fails (it never writes them itself)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-scenario-'));
    writeFileSync(join(dir, 'cmd'), 'report validate .\n');
    writeFileSync(join(dir, 'stdout'), '');
    expect(missingGoldens(dir)).toEqual(['stderr', 'status']);
  });

  for (const name of readdirSync(root).sort()) {
    const dir = `${root}${name}`;
    it(name, () => {
      const [command, ...args] = readFileSync(`${dir}/cmd`, 'utf8').trim().split(/\s+/);
      expect(command).toBe('report');
      const { stdout, stderr, status } = runReport(args, dir);
      const actual = { stdout, stderr, status: `${status}\n` };
      if (update) for (const g of goldens) writeFileSync(`${dir}/${g}`, actual[g]);
      expect(missingGoldens(dir), `${name}: run UPDATE_GOLDENS=1 npm test and review the new files`).toEqual([]);
      for (const g of goldens) expect(actual[g], `${name}/${g}`).toBe(readFileSync(`${dir}/${g}`, 'utf8'));
    });
  }
});
