// A worker thread that renders PDFs for the pool in pdf-pool.ts: its libraries load as it
// starts, the fonts arrive with its first job (bytes, or the files of the bundled fonts,
// which a worker started with the process has opened while the main thread checked).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { FontPaths, PdfFontSource } from '../render/index.js';
import { openFonts, type PdfFonts } from '../render/pdf/fonts.js';
import { renderPdfJob, type PdfJob } from '../render/pdf/job.js';
import { saveCodeCache } from '../run-script.cjs';
import { bundleScript } from '../shipped-files.js';
import type { PdfWorkerData } from './pdf-pool.js';

interface PdfRequest {
  readonly index: number;
  readonly job: PdfJob;
  readonly fonts?: PdfFontSource;
}

const data = workerData as PdfWorkerData;
let opened: { readonly paths: FontPaths; readonly fonts: PdfFonts } | undefined;

function openFiles(paths: FontPaths): PdfFonts {
  if (opened && opened.paths.body === paths.body && opened.paths.heading === paths.heading) return opened.fonts;
  const body = readFileSync(paths.body);
  const fonts = openFonts(body, paths.heading === paths.body ? body : readFileSync(paths.heading));
  opened = { paths, fonts };
  return fonts;
}

let fonts: PdfFonts | undefined;

/**
 * `npm run build` (scripts/code-caches.mjs) names a file in this variable and builds
 * the example: once its report is drawn, the worker writes there V8's code of its bundle,
 * which then holds every function drawing a report takes (src/run-script.cts).
 */
let codeCacheOut = process.env.REPORT_WORKER_CODE_CACHE;

function writeCodeCache(): void {
  const script = bundleScript();
  if (!codeCacheOut || !script) return;
  saveCodeCache(script, codeCacheOut);
  codeCacheOut = undefined;
}

parentPort!.on('message', ({ index, job, fonts: source }: PdfRequest) => {
  if (source) fonts = 'paths' in source ? openFiles(source.paths) : openFonts(source.body, source.heading);
  renderPdfJob(job, fonts!).then(
    (result) => {
      writeCodeCache();
      parentPort!.postMessage({ index, result });
    },
    (error: unknown) => parentPort!.postMessage({ index, error: String((error as Error)?.stack ?? error) }),
  );
});

// The bundled fonts opened now too, and a line shaped in each, which reads the tables
// (cmap, GSUB, GPOS, hmtx) every later line needs. A file that cannot be read is left for
// the job, which meets the same error and reports it.
if (data.fontPaths) {
  const paths = data.fontPaths;
  setImmediate(() => {
    try {
      const warm = openFiles(paths);
      for (const font of new Set([warm.body, warm.heading])) font.layout('一、政府信息公开（2020年）：0123456789。');
    } catch {
      opened = undefined;
    }
  });
}
