// A project made on Windows builds as the same project made elsewhere: CRLF line endings
// in every text input, backslashes in report.yaml's paths and globs, Chinese file names.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../src/build.js';
import { bundled } from '../../src/cli/build.js';
import { reportYaml } from '../helpers/project.js';
import { memoryFiles } from '../helpers/memory-files.js';
import { edit, fixture, policeSubmission } from '../helpers/submissions.js';

const options: BuildOptions = {
  strict: false,
  allowMissing: false,
  perAgency: false,
  formats: ['md', 'json', 'html'],
  date: new Date(Date.UTC(2024, 2, 31)),
  // report.html's charts are measured in the PDF's body font, so the HTML reads the fonts too.
  bundled,
};

const settings = (paths: { submissions: string; roster: string; overview: string }) =>
  reportYaml('gb2021', 2023, `submissions: '${paths.submissions}'\nroster: '${paths.roster}'\ngroups: [市级部门]\nnarrative: {overview: '${paths.overview}'}\n`);

const unixProject = {
  'report.yaml': settings({ submissions: 'submissions/**/*.yaml', roster: 'roster.yaml', overview: 'narrative/overview.md' }),
  'roster.yaml': 'agencies:\n  - {id: finance, name: 示例市财政局, group: 市级部门}\n  - {id: police, name: 示例市公安局, group: 市级部门}\n',
  'narrative/overview.md': '全市共新收申请{{requests.received.total}}件。\n\n其中：\n\n- 予以公开{{requests.results.granted.total}}件\n',
  'submissions/finance.yaml': fixture('submissions/valid-gb2021.yaml'),
  'submissions/city/police.yaml': policeSubmission(),
};

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** The same project as a Windows office keeps it: CRLF, backslashes, Chinese names. */
const windowsProject = (files: Record<string, string>) => ({
  'report.yaml': crlf(settings({ submissions: 'submissions\\**\\*.yaml', roster: '资料\\名单.yaml', overview: '.\\说明\\概述.md' })),
  '资料/名单.yaml': crlf(files['roster.yaml']),
  '说明/概述.md': crlf(files['narrative/overview.md']),
  'submissions/财政局.yaml': crlf(files['submissions/finance.yaml']),
  'submissions/市级部门/公安局.yaml': crlf(files['submissions/city/police.yaml']),
});

const run = (files: Record<string, string>) => build('city', 'city', memoryFiles(Object.fromEntries(Object.entries(files).map(([p, t]) => [`city/${p}`, t]))), options);

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('a project made on Windows', () => {
  it('builds the same report.md, report.json and report.html (but for the files\' own sha256)', async () => {
    const unix = await run(unixProject);
    const windows = await run(windowsProject(unixProject));
    expect(unix.failed).toBe(false);
    expect(unix.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(windows.diagnostics.map((d) => d.code)).toEqual(unix.diagnostics.map((d) => d.code));
    expect([...windows.outputs.keys()]).toEqual([...unix.outputs.keys()]);
    // Only the units' sha256 differ: each is the hash of the file's own bytes.
    const sameBut = (t: string) => t.replace(/"sha256": "[0-9a-f]{64}"/g, '"sha256": "…"');
    for (const [name, bytes] of unix.outputs) expect(sameBut(text(windows.outputs.get(name))), name).toBe(sameBut(text(bytes)));
    expect(text(windows.outputs.get('report.md'))).not.toContain('\r');
  });

  it('lists the sha256 of the bytes on disk for a submission saved with CRLF', async () => {
    const windows = windowsProject(unixProject);
    const units = JSON.parse(text((await run(windows)).outputs.get('report.json'))).units as { id: string; sha256: string }[];
    const finance = units.find((u) => u.id === 'finance')!;
    expect(finance.sha256).toBe(createHash('sha256').update(windows['submissions/财政局.yaml']).digest('hex'));
  });

  it.each([
    ['a submission', 'submissions/city/police.yaml', (t: string) => edit(t, 'pending: 1, total: 4}', 'pending: 1, total: 5}'), 'city/submissions/市级部门/公安局.yaml'],
    ['a narrative', 'narrative/overview.md', () => '第一段。\n\n共{{requests.recieved.total}}件。\n', 'city/说明/概述.md'],
  ])('locates a mistake in %s at the same line and column, in a file named with forward slashes', async (_, file, change, windowsFile) => {
    const broken = { ...unixProject, [file]: change(unixProject[file as keyof typeof unixProject]) };
    const located = (result: Awaited<ReturnType<typeof run>>) => result.diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column }));
    const [unix] = located(await run(broken));
    const windows = located(await run(windowsProject(broken)));
    expect(unix.file).toBe(`city/${file}`);
    expect(unix.line).toBeGreaterThan(1);
    expect(windows).toEqual([{ ...unix, file: windowsFile }]);
  });
});
