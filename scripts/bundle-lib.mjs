// `npm run build`, last step: the compiled CLI (lib/cli/main.js and what it imports) bundled
// by esbuild into lib/bundle/, which bin/report runs. Node then reads a few files instead of
// a hundred and fifty small modules at every start; each on-demand import() stays a chunk of
// its own, so `report --help` still loads no action. The small packages a build's main
// thread loads (markdown-it, yaml, handlebars …) are bundled too: on Node 24 that took about
// 30 ms of the main thread's CPU before the PDF job (keptOut lists those left to Node). lib/
// itself stays whole: worker threads, the precompiled validators and the shipped files are
// found there as before.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = join(root, 'lib');
const outdir = join(lib, 'bundle');

/**
 * A module's import.meta.url is where its compiled file lies in lib/, as if it were not
 * bundled: the files it finds beside itself (workers, package.json one folder up) are there.
 */
const ownPlace = {
  name: 'own-place',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.js$/ }, ({ path }) => {
      if (relative(lib, path).startsWith('..')) return undefined;
      const text = readFileSync(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const place = relative(outdir, path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(place)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/**
 * Packages Node still loads from node_modules: those that find files of their own by path at
 * run time (pdfjs-dist's worker, subset-font's WebAssembly, fontkit's and pdfkit's data),
 * those loaded through createRequire (ajv's compiler), and the large ones only a worker or
 * a rare command loads. The rest (markdown-it, yaml, handlebars …, about 200 small modules
 * on a build's main thread) go into the bundle.
 */
const keptOut = ['pdfjs-dist', 'pdfjs-dist/*', 'subset-font', 'fontkit', 'pdfkit', 'pdfkit/*', 'exceljs', 'chokidar', 'ajv', 'ajv/*', 'commander'];

// The old bundles go, and with them the V8 code made for the old script (scripts/code-caches.mjs makes it anew).
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: join(lib, 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: keptOut,
  // A CommonJS package in an ES module chunk requires Node's own modules through this.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  chunkNames: '[name]-[hash]',
  logLevel: 'silent',
  plugins: [ownPlace],
});
for (const warning of result.warnings) process.stderr.write(`bundle-lib: esbuild warning in ${warning.location?.file ?? 'lib'}: ${warning.text}\n`);

// The same CLI as one CommonJS script, lib/bundle/report.cjs, which bin/report runs when
// V8's code for it is there (scripts/code-caches.mjs makes it while building the example):
// a script, unlike an ES module, can be handed code made after it ran, so the functions a
// build goes through are not compiled again at each start. Each module of it still runs
// only when first imported (esbuild wraps what a dynamic import() reaches), and the kept-out
// packages are required there; commander is in it too, under the same cache.
const script = await build({
  entryPoints: [join(lib, 'cli', 'main.js')],
  outfile: join(outdir, 'report.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: keptOut.filter((name) => name !== 'commander'),
  // import() of a kept-out package becomes require(): V8 (on Node 20) cannot run an import()
  // in code it took from a cache. pdf.js, an ES module alone, is imported by bin/report (lentImport in src/shipped-files.ts).
  supported: { 'dynamic-import': false },
  // A bundled package's import.meta.url (fdir's createRequire) is the script's own; the tool's modules keep their place in lib/ (ownPlace).
  define: { 'import.meta.url': '__reportBundleUrl' },
  banner: { js: "'use strict';\nvar __reportBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'silent',
  plugins: [ownPlace],
});
for (const warning of script.warnings) process.stderr.write(`bundle-lib: esbuild warning in ${warning.location?.file ?? 'lib'}: ${warning.text}\n`);
