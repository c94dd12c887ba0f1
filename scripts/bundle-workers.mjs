// Run by `npm run build`: the PDF worker (lib/scan/pdf-worker.js) and what it imports —
// pdfkit, fontkit — bundled into one file, lib/scan/pdf-worker.bundle.cjs, which the
// pool starts when it is there: a worker loads one file in half the time it loads the
// hundreds of modules it is made of. The plugins are those of the single executable.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { pdfkitStandardFonts } from './dist-plugins.mjs';

const lib = fileURLToPath(new URL('../lib/scan/', import.meta.url));
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
