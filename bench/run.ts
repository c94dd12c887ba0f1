// `npm run bench`: times `report validate` and `report build --formats json,md` end to end
// on synthetic projects of 300, 3,000 and 30,000 submissions (100,000 with --huge), next
// to two single-threaded baselines (the yaml and js-yaml libraries parsing the same
// files), and writes the table to bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as jsYamlLoad } from 'js-yaml';
import { globSync } from 'tinyglobby';
import { parse as yamlParse } from 'yaml';
import { generateProject, generateWorkbookProject } from './generate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/report');
const rssHook = join(root, 'bench/rss.cjs');
const args = process.argv.slice(2);
const sizes = [300, 3_000, 30_000, ...(args.includes('--huge') ? [100_000] : [])];
const dataRoot = join(root, 'bench/data');

interface Row {
  readonly n: number;
  readonly format: string;
  readonly what: string;
  readonly seconds: number;
  readonly rssMiB?: number;
  readonly yamlRatio?: number;
  readonly jsYamlRatio?: number;
}

function timeCommand(argv: string[]): { seconds: number; rssMiB: number; status: number | null } {
  const rssFile = join(tmpdir(), `report-bench-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', rssHook, bin, ...argv], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1', CI: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile, { force: true });
  if (result.status !== 0) process.stderr.write(`  ${argv.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 400)}\n`);
  return { seconds, rssMiB, status: result.status };
}

function timeBaseline(files: readonly string[], parse: (text: string) => unknown): number {
  const started = process.hrtime.bigint();
  for (const file of files) parse(readFileSync(file, 'utf8'));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function project(n: number, format: 'gb2019' | 'gb2021'): string {
  const dir = join(dataRoot, `${format}-${n}`);
  if (!existsSync(join(dir, 'report.yaml'))) {
    process.stderr.write(`generating ${n} ${format} submissions in ${dir}\n`);
    generateProject(dir, n, format);
  }
  return dir;
}

const rows: Row[] = [];
// `--only-xlsx` measures the workbook rows alone and puts them into the existing RESULTS.md.
const onlyXlsx = args.includes('--only-xlsx');
const runs: [number, 'gb2019' | 'gb2021'][] = onlyXlsx ? [] : [...sizes.map((n): [number, 'gb2021'] => [n, 'gb2021']), [3_000, 'gb2019']];
for (const [n, format] of runs) {
  const dir = project(n, format);
  const files = globSync(['submissions/**/*.yaml'], { cwd: dir, absolute: true });
  const yamlSeconds = timeBaseline(files, (t) => yamlParse(t));
  const jsYamlSeconds = timeBaseline(files, (t) => jsYamlLoad(t));
  rows.push({ n, format, what: 'baseline: yaml.parse, 1 thread', seconds: yamlSeconds });
  rows.push({ n, format, what: 'baseline: js-yaml load, 1 thread', seconds: jsYamlSeconds });
  const ratios = (seconds: number) => ({ yamlRatio: seconds / yamlSeconds, jsYamlRatio: seconds / jsYamlSeconds });
  const validate = timeCommand(['validate', dir, '--quiet']);
  rows.push({ n, format, what: 'report validate', seconds: validate.seconds, rssMiB: validate.rssMiB, ...ratios(validate.seconds) });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const cold = timeCommand(['build', dir, '--formats', 'json,md', '--quiet']);
  rows.push({ n, format, what: 'report build --formats json,md (cold)', seconds: cold.seconds, rssMiB: cold.rssMiB, ...ratios(cold.seconds) });
  // Change one submission (its name), then build again: the cache has the rest.
  const first = files.sort()[0];
  const original = readFileSync(first, 'utf8');
  writeFileSync(first, original.replace(/^name: (.*)$/m, 'name: $1（改）'));
  const warm = timeCommand(['build', dir, '--formats', 'json,md', '--quiet']);
  writeFileSync(first, original);
  rows.push({ n, format, what: 'report build, one file changed (cached)', seconds: warm.seconds, rssMiB: warm.rssMiB, ...ratios(warm.seconds) });
  for (const row of rows.slice(-5)) process.stderr.write(`${row.n}\t${row.what}\t${row.seconds.toFixed(2)} s\n`);
}

// 3,000 workbooks (.xlsx) as `report new --xlsx` writes them, filled in: read with exceljs.
const workbookRows: Row[] = [];
{
  const n = 3_000;
  const dir = join(dataRoot, `gb2021-${n}-xlsx`);
  if (!existsSync(join(dir, 'report.yaml'))) {
    process.stderr.write(`generating ${n} gb2021 workbooks in ${dir}\n`);
    await generateWorkbookProject(dir, n, 'gb2021');
  }
  const validate = timeCommand(['validate', dir, '--quiet']);
  workbookRows.push({ n, format: 'gb2021 (.xlsx)', what: 'report validate', seconds: validate.seconds, rssMiB: validate.rssMiB });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const cold = timeCommand(['build', dir, '--formats', 'json,md', '--quiet']);
  workbookRows.push({ n, format: 'gb2021 (.xlsx)', what: 'report build --formats json,md (cold)', seconds: cold.seconds, rssMiB: cold.rssMiB });
  for (const row of workbookRows) process.stderr.write(`${row.n}\t${row.format}\t${row.what}\t${row.seconds.toFixed(2)} s\n`);
}

const fmt = (x: number | undefined, digits = 2) => (x === undefined ? '' : x.toFixed(digits));
const table = [
  '| N | format | what | wall (s) | files/s | × yaml | × js-yaml | peak RSS (MiB) |',
  '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...[...rows, ...workbookRows].map((r) => `| ${r.n} | ${r.format} | ${r.what} | ${fmt(r.seconds)} | ${Math.round(r.n / r.seconds)} | ${fmt(r.yamlRatio)} | ${fmt(r.jsYamlRatio)} | ${fmt(r.rssMiB, 0)} |`),
];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${process.platform}`;
const text = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.

Each command runs end to end as a user runs it (\`bin/report\`, a new process). The
baselines read and parse the same files on one thread in the benchmark's own process.
"× yaml" is the command's wall time over the yaml baseline's (lower is better).

${table.join('\n')}
`;
const resultsPath = join(root, 'bench/RESULTS.md');
const current = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
// Sections other benchmarks write (bench/import.ts) are kept as they were measured.
const importSection = /<!-- import:start -->[\s\S]*?<!-- import:end -->\n?/.exec(current)?.[0];
const buildSection = /<!-- build:start -->[\s\S]*?<!-- build:end -->\n?/.exec(current)?.[0];
let written = text;
if (onlyXlsx) {
  // Keep the other rows as they were measured; replace the workbook rows.
  const previous = current.replace(/\n?<!-- import:start -->[\s\S]*?<!-- import:end -->\n?/, '\n').replace(/\n?<!-- build:start -->[\s\S]*?<!-- build:end -->\n?/, '\n').split('\n').filter((line) => !line.includes('(.xlsx)'));
  const last = previous.map((line) => line.startsWith('| ')).lastIndexOf(true);
  previous.splice(last + 1, 0, ...table.slice(2));
  written = previous.join('\n');
}
writeFileSync(resultsPath, [written.trimEnd(), importSection, buildSection].filter(Boolean).join('\n\n').trimEnd() + '\n');
process.stdout.write(readFileSync(resultsPath, 'utf8'));
