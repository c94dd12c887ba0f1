// `npm run bench:import`: 100 published reports as six-page PDFs (the project's own
// renderer, distinct figures in each, long prose), read back by `report import` end to
// end; writes its section of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/build.js';
import { bundled } from '../src/cli/build.js';
import { cellsOf } from '../src/formats/cells.js';
import { formats } from '../src/formats/index.js';
import type { InputFiles } from '../src/load/files.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { random, submissionText } from './generate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'bench/data/import');
const count = 100;

function files(map: Record<string, string>): InputFiles {
  const encoded = new Map(Object.entries(map).map(([p, t]) => [p, new TextEncoder().encode(t)]));
  return { glob: (_dir, _patterns) => [...encoded.keys()].filter((p) => p.startsWith('p/submissions/')).sort(), read: (p) => encoded.get(p) };
}

/** Prose long enough that tables and text fill six A4 pages. */
const prose = (part: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `${part}第${i + 1}段：本机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开、政策解读和回应关切持续发力，完善依申请公开办理机制，规范答复文书，加强平台建设和监督保障，全年工作平稳有序开展。`).join('\n\n');

async function pdfFor(i: number): Promise<Uint8Array> {
  const format = i % 2 === 0 ? formats.gb2021 : formats.gb2019;
  const year = format.id === 'gb2021' ? 2023 : 2020;
  const submission = submissionText(format, cellsOf(format), i, year, random(1000 + i));
  const reportYaml = `title: 示例县${year}年政府信息公开工作年度报告\nregion: 示例县\nyear: ${year}\nformat: ${format.id}\ncompiled_by: 示例县人民政府办公室\nnarrative: {overview: narrative/overview.md, problems: narrative/problems.md, other: narrative/other.md}\n`;
  const result = await build('p', 'p', files({ 'p/report.yaml': reportYaml, 'p/submissions/a.yaml': submission, 'p/narrative/overview.md': prose('总体情况', 6), 'p/narrative/problems.md': prose('存在问题', 3), 'p/narrative/other.md': prose('其他事项', 2) }), {
    strict: false,
    allowMissing: false,
    perAgency: false,
    formats: ['pdf'],
    date: new Date(Date.UTC(2024, 2, 31)),
    bundled,
  });
  if (result.failed) throw new Error(`bench report ${i} did not build: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.outputs.get('report.pdf')!;
}

if (!existsSync(join(dir, `report-${count - 1}.pdf`))) {
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`rendering ${count} PDFs into ${dir}\n`);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `report-${i}.pdf`), await pdfFor(i));
}
const first = await getDocument({ data: new Uint8Array(readFileSync(join(dir, 'report-0.pdf'))), verbosity: 0 }).promise;
const pages = first.numPages;
await first.destroy();

const out = join(dir, 'out');
rmSync(out, { recursive: true, force: true });
const inputs = Array.from({ length: count }, (_, i) => join(dir, `report-${i}.pdf`));
// The machine is shared: the load average says how far the wall time is from an idle one,
// and the CPU time (user + system, from /usr/bin/time) is what the work itself took.
const load = loadavg()[0];
const started = process.hrtime.bigint();
const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, join(root, 'bin/report'), 'import', ...inputs, '-o', out, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (run.status !== 0) throw new Error(`report import exited ${run.status}: ${run.stdout.toString().slice(0, 800)}${run.stderr.toString().slice(0, 800)}`);
const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr.toString());
const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${process.platform}`;
const section = `<!-- import:start -->
## report import

Written by \`npm run bench:import\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.
${count} PDFs of ${pages} pages each (the project's own renderer, a different submission in
each, both formats), read, checked and written back as submissions by one
\`report import … --quiet\` process, end to end, documents spread over both cores by
worker threads. The CPU time is user + system of the process; on an otherwise idle
two-core machine the wall time is about half of it.

| PDFs | pages each | wall (s) | CPU (s) | CPU/2 (s) | load average at start |
| ---: | ---: | ---: | ---: | ---: | ---: |
| ${count} | ${pages} | ${seconds.toFixed(2)} | ${cpuSeconds.toFixed(2)} | ${(cpuSeconds / 2).toFixed(2)} | ${load.toFixed(1)} |
<!-- import:end -->
`;
const resultsPath = join(root, 'bench/RESULTS.md');
const current = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '# Benchmark results\n';
const kept = current.replace(/\n?<!-- import:start -->[\s\S]*?<!-- import:end -->\n?/, '\n');
writeFileSync(resultsPath, `${kept.trimEnd()}\n\n${section}`);
process.stdout.write(section);
