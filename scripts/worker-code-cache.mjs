// `npm run build`, after scripts/bundle-workers.mjs: V8's code of the PDF worker's bundle,
// made by the worker that draws the example report (examples/ningbo-2020) and kept beside
// the bundle for this Node's V8 (src/shipped-files.ts, bundleStart and bundleCodeCacheName).
// It holds every function a report goes through: the worker of the Ningbo build then loads
// and draws without compiling them. Without the example, or on one core (where no worker
// draws), there is no cache and the worker compiles as before.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import Module from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'lib', 'scan', 'pdf-worker.bundle.cjs');
const out = `${bundle}.${process.versions.v8}.v8cache`;
// Caches of this bundle's earlier builds, for any V8, are for other text: gone.
for (const name of readdirSync(join(root, 'lib', 'scan'))) if (name.startsWith('pdf-worker.bundle.cjs.') && name.endsWith('.v8cache')) rmSync(join(root, 'lib', 'scan', name));

const example = join(root, 'examples', 'ningbo-2020');
if (existsSync(example)) {
  const dir = mkdtempSync(join(tmpdir(), 'report-code-cache-'));
  try {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'report'), 'build', example, '--out', dir, '--formats', 'pdf', '--quiet'], {
      env: { ...process.env, REPORT_WORKER_CODE_CACHE: out },
      encoding: 'utf8',
    });
    if (run.status !== 0) process.stderr.write(`worker-code-cache: the example's build failed (exit ${run.status}), so the PDF worker has no code cache:\n${run.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (existsSync(out) && new Script(Module.wrap(readFileSync(bundle, 'utf8')), { cachedData: readFileSync(out) }).cachedDataRejected) {
    process.stderr.write('worker-code-cache: V8 refuses the code it just made for the PDF worker; removed\n');
    rmSync(out);
  }
}
