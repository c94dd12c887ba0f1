// Run by `npm run build`: the PDF worker (lib/scan/pdf-worker.js) and what it imports —
// pdfkit, fontkit — bundled into one file, lib/scan/pdf-worker.bundle.cjs, which the
// pool starts when it is there: a worker loads one file in half the time it loads the
// hundreds of modules it is made of. The plugins are those of the single executable.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pdfkitStandardFonts } from './dist-plugins.mjs';

const lib = fileURLToPath(new URL('../lib/scan/', import.meta.url));
// V8's code made for the bundle this replaces, for any Node (scripts/code-caches.mjs makes it
// anew): V8 checks only the length of the text a cache was made from, so code of an old
// bundle of the same length would be taken for the new one.
for (const name of readdirSync(lib)) if (name.startsWith('pdf-worker.bundle.cjs.') && name.endsWith('.v8cache')) rmSync(`${lib}${name}`);
await build({
  entryPoints: [`${lib}pdf-worker.js`],
  outfile: `${lib}pdf-worker.bundle.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': '__reportBundleUrl' },
  banner: { js: "var __reportBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [pdfkitStandardFonts],
  logLevel: 'warning',
});
