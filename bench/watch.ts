// `npm run bench:watch`: how soon `report build --watch` shows one narrative edit of the
// Ningbo example (issue 15). A copy of the example is watched; each run rewrites
// narrative/problems.md with one sentence changed and times from the write to the line
// the build prints once the outputs are committed (the manifest renamed into place), and
// the watching process's CPU time (user + sys, from /proc) over the rebuild. Medians are
// printed as a Markdown row; the CPU figure is the fair one on a shared machine.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const ticksPerSecond = 100;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The process's user + sys CPU seconds so far (Linux). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

const work = mkdtempSync(join(tmpdir(), 'report-bench-watch-'));
cpSync(join(root, 'examples', 'ningbo-2020'), work, { recursive: true });
const narrative = join(work, 'narrative', 'problems.md');
const original = readFileSync(narrative, 'utf8');
const load = loadavg().map((x) => x.toFixed(1)).join(', ');

const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), bin, 'build', '--watch', '.'], { cwd: work, env: { ...process.env, REPORT_LANG: 'en', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
const waiters: { pattern: RegExp; from: number; done: (at: bigint) => void }[] = [];
child.stderr.setEncoding('utf8').on('data', (text: string) => {
  const at = process.hrtime.bigint();
  stderr += text;
  for (const w of [...waiters]) {
    if (w.pattern.test(stderr.slice(w.from))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.done(at);
    }
  }
});
const next = (pattern: RegExp): Promise<bigint> => new Promise((done) => waiters.push({ pattern, from: stderr.length, done }));

try {
  await next(/watching the inputs/);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Let the session settle (and the previous write's events pass) before the next edit.
    await new Promise((r) => setTimeout(r, 500));
    const written = next(/^wrote \d+ files? to /m);
    const cpu = cpuOf(child.pid!);
    const started = process.hrtime.bigint();
    writeFileSync(narrative, original.replace(/。/, `（第${i + 1}次修改）。`));
    const at = await written;
    walls.push(Number(at - started) / 1e6);
    // The rebuild is over when the line is printed; what the process spends after is idle.
    cpus.push((cpuOf(child.pid!) - cpu) * 1000);
  }
  process.stdout.write(`Node.js ${process.version}; ${runs} edits of narrative/problems.md, medians (max); load average at the start: ${load}\n\n`);
  process.stdout.write('| what | wall, write → outputs committed (ms) | CPU user + sys of the watcher (ms) |\n| --- | ---: | ---: |\n');
  process.stdout.write(`| report build --watch examples/ningbo-2020, one narrative edit | ${median(walls).toFixed(0)} (${Math.max(...walls).toFixed(0)}) | ${median(cpus).toFixed(0)} (${Math.max(...cpus).toFixed(0)}) |\n`);
} finally {
  child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
