// `npm run bench:startup`: the small cases a person feels (issue 15): `report --help`,
// `report validate` of one submission beside ajv-cli on the same file and schema, and the
// Ningbo example built end to end, after `node -e 0` (what Node.js itself takes to start).
// Each command runs `runs` times as a new process, with the Node.js that runs the bench
// (PATH=/path/to/node24/bin:$PATH npm run bench:startup for another); the medians of wall
// time and of CPU time (user + sys, from /usr/bin/time) are printed as Markdown rows. On a
// shared machine the CPU time is the fairer figure.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall (timed here) and CPU seconds (from /usr/bin/time) of `runs` runs of node with `argv`. */
function measure(argv: string[], cwd: string, before?: () => void): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const started = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, ...argv], { cwd, encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - started) / 1e9);
    const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
    if (!m || (result.status !== 0 && result.status !== 1)) throw new Error(`${argv.join(' ')} failed (${result.status}): ${result.stderr.slice(-400)}`);
    cpus.push(Number(m[1]) + Number(m[2]));
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const example = join(root, 'examples', 'ningbo-2020');
const one = 'submissions/city/market.yaml';
const schema = join(root, 'schemas', 'gb2019.schema.json');
const load = loadavg().map((x) => x.toFixed(1)).join(', ');
const rows: [string, { wall: number; cpu: number }][] = [];
rows.push(['node -e 0 (Node.js alone)', measure(['-e', '0'], example)]);
rows.push(['report --help', measure([bin, '--help'], example)]);
rows.push(['report --version', measure([bin, '--version'], example)]);
const validate = measure([bin, 'validate', one, '--quiet'], example);
const ajv = measure([ajvCli, 'validate', '-s', schema, '-d', one, '--strict=false', '--all-errors'], example);
rows.push([`report validate ${one}`, validate]);
rows.push([`ajv-cli validate -s gb2019.schema.json -d ${one}`, ajv]);
rows.push(['report validate ÷ ajv-cli (target ≤ 0.5)', { wall: validate.wall / ajv.wall, cpu: validate.cpu / ajv.cpu }]);
const work = mkdtempSync(join(tmpdir(), 'report-bench-ningbo-'));
cpSync(example, work, { recursive: true });
rows.push(['report build of examples/ningbo-2020 (md, html, pdf, json; no cache)', measure([bin, 'build', '--quiet'], work, () => rmSync(join(work, 'dist'), { recursive: true, force: true }))]);
rmSync(work, { recursive: true, force: true });

process.stdout.write(`Node.js ${process.version}; ${runs} runs each, medians; load average at the start: ${load}\n\n`);
process.stdout.write('| what | wall (s) | CPU user + sys (s) |\n| --- | ---: | ---: |\n');
for (const [what, t] of rows) process.stdout.write(`| ${what} | ${t.wall.toFixed(3)} | ${t.cpu.toFixed(2)} |\n`);
