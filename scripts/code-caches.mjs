// `npm run build`, last step: V8's code of the CLI's script (lib/bundle/report.cjs) and of
// the PDF worker's bundle (lib/scan/pdf-worker.bundle.cjs), each made after it built the
// example (examples/ningbo-2020), so that it holds every function such a build runs, and
// kept beside it for this Node's V8 (src/run-script.cts). Node's
// own compile cache is made as a module is compiled, before it runs, and so lacks them.
// Without the example there are no caches, and both compile as before; on one core no
// worker draws, and only the CLI's cache is made. The steps that write the two bundles
// remove the code made for the old ones (bundle-lib.mjs, bundle-workers.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { codeCacheFile: cached, codeCacheOf, compiledScript } = createRequire(import.meta.url)('../lib/run-script.cjs');
const cli = join(root, 'lib', 'bundle', 'report.cjs');
const worker = join(root, 'lib', 'scan', 'pdf-worker.bundle.cjs');

const example = join(root, 'examples', 'ningbo-2020');
if (existsSync(example)) {
  const out = mkdtempSync(join(tmpdir(), 'report-code-cache-'));
  try {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'report'), 'build', example, '--out', out, '--quiet'], {
      env: { ...process.env, REPORT_MAIN_CODE_CACHE: cached(cli), REPORT_WORKER_CODE_CACHE: cached(worker), REPORT_NO_CODE_CACHE: '' },
      encoding: 'utf8',
    });
    if (run.status !== 0) process.stderr.write(`code-caches: the example's build failed (exit ${run.status}), so nothing has a code cache:\n${run.stderr}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  // What this V8 would refuse is of no use: checked here, in a process that has compiled neither.
  for (const file of [cli, worker]) {
    const code = codeCacheOf(file);
    if (code && compiledScript(file, code).cachedDataRejected) {
      process.stderr.write(`code-caches: V8 refuses the code it just made for ${file}; removed\n`);
      rmSync(cached(file));
    }
  }
}
