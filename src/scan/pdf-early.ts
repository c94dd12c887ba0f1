// The PDF worker bin/report starts with the process, before any of the command's modules
// load: this module imports nothing of the tool's but shipped-files.ts (the pool in
// pdf-pool.ts, which takes the worker, brings the message catalog and the formats with it,
// 20 ms of loading on Node 24 that the main thread then did twice).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { FontPaths } from '../render/index.js';
import { isSingleExecutable, shippedFontPaths, shippedWorker } from '../shipped-files.js';

/** What a pdf worker is told when it starts. */
export interface PdfWorkerData {
  /** Font files to open (and shape a first line with) while the main thread works: the bundled fonts' files. */
  readonly fontPaths?: FontPaths;
}

/** The worker in one file, as `npm run build` bundles it (scripts/bundle-workers.mjs), or else its module. */
export function pdfWorkerModule(): URL {
  const bundle = new URL('./pdf-worker.bundle.cjs', import.meta.url);
  return !isSingleExecutable && bundle.protocol === 'file:' && existsSync(fileURLToPath(bundle)) ? bundle : new URL('./pdf-worker.js', import.meta.url);
}

// pdfkit makes much short-lived garbage: with a young generation larger than V8's default
// it is collected less often; 300 agencies' PDFs took about 8% less CPU, and no more memory.
export const pdfWorkerResourceLimits = { maxYoungGenerationSizeMb: 96 };

export interface EarlyWorker {
  readonly worker: Worker;
  failure?: Error;
}

/**
 * A worker started with the process (startPdfWorkerEarly), until a pool takes it, and how
 * it failed if it did. Kept on globalThis: bin/report starts it from lib/scan/pdf-early.js,
 * and the build takes it from its copy of this module in the bundle (lib/bundle/).
 */
const earlySlot = Symbol.for('report.earlyPdfWorker');
const slot = globalThis as { [earlySlot]?: EarlyWorker };

/**
 * The words of `report … build …` before any option of the build's own: a build that may
 * write a PDF (no --formats, or one naming pdf), not `--help` or `--watch`.
 */
export function mayBuildPdf(argv: readonly string[]): boolean {
  const words = argv.filter((word, i) => !word.startsWith('-') && argv[i - 1] !== '--lang');
  if (words[0] !== 'build' || argv.some((word) => word === '--help' || word === '-h' || word === '--watch')) return false;
  const at = argv.findIndex((word) => word === '--formats' || word.startsWith('--formats='));
  if (at < 0) return true;
  const list = argv[at].startsWith('--formats=') ? argv[at].slice('--formats='.length) : (argv[at + 1] ?? '');
  return list.split(',').some((format) => format.trim() === 'pdf');
}

/**
 * Starts a PDF worker as the process starts (bin/report, before the command's modules load)
 * when `argv` asks for a build that may write a PDF on two cores or more: pdfkit and
 * fontkit then load, and the bundled fonts open, beside all of the main thread's work up to
 * the PDF job (a report.yaml naming its own fonts sends their bytes with the job instead). The first pool
 * takes it; until then it does not keep the process alive, so a build that needs no PDF
 * (report.yaml lists no pdf, a submission fails) ends as before.
 */
export function startPdfWorkerEarly(argv: readonly string[]): void {
  if (slot[earlySlot] || isSingleExecutable || availableParallelism() < 2 || !mayBuildPdf(argv)) return;
  const worker = shippedWorker(pdfWorkerModule(), { workerData: { fontPaths: shippedFontPaths() } satisfies PdfWorkerData, resourceLimits: pdfWorkerResourceLimits }, 'pdf-worker.cjs');
  const started: EarlyWorker = { worker };
  worker.once('error', (error) => (started.failure ??= error));
  worker.unref();
  slot[earlySlot] = started;
}

/** Whether a worker started with the process waits for a pool to take it. */
export function earlyPdfWorkerWaiting(): boolean {
  return slot[earlySlot] !== undefined;
}

/** The worker started with the process, for the first pool; undefined when none waits. */
export function takeEarlyPdfWorker(): EarlyWorker | undefined {
  const taken = slot[earlySlot];
  delete slot[earlySlot];
  return taken;
}
