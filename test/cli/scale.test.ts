// Past 600 files the CLI scans in worker threads and builds through its cache: the
// answers must be those of a scan in one thread, diagnostics located as ever.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate.js';
import { build } from '../../src/build.js';
import { diskFiles } from '../../src/cli/files.js';
import { runReport } from '../helpers/cli.js';
import { projectOptions } from '../helpers/project.js';

describe('at scale', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-scale-')), 'p');
  generateProject(dir, 650, 'gb2021');

  it('workers and cache give the figures of a one-thread build', async () => {
    const first = runReport(['build', dir, '--formats', 'json'], '.');
    expect(first.status).toBe(0);
    const inThread = await build(dir, 'p', diskFiles, projectOptions(['json']));
    const expected = JSON.parse(new TextDecoder().decode(inThread.outputs.get('report.json')));
    expect(JSON.parse(readFileSync(join(dir, 'dist/report.json'), 'utf8'))).toEqual(expected);
    // Again, from the cache.
    expect(runReport(['build', dir, '--formats', 'json'], '.').status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'dist/report.json'), 'utf8'))).toEqual(expected);
  });

  it('locates a mistake in one of many files exactly', () => {
    const file = join(dir, 'submissions/000/unit-321.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('  licensing:')) + 1;
    writeFileSync(file, text.replace(/^  licensing: \{decisions: \d+\}$/m, '  licensing: {decisions: 无}'));
    const { stdout, status } = runReport(['validate', dir, '--reporter', 'json'], '.');
    expect(status).toBe(1);
    const { diagnostics, summary } = JSON.parse(stdout);
    expect(summary.files).toBe(651);
    expect(diagnostics.map((d: { code: string; file: string; line: number; column: number }) => [d.code, d.file, d.line, d.column])).toEqual([
      ['schema/type', file, line, 26],
    ]);
  });
});
