// Renders PDFs on worker threads, a report per job (dispatch.ts). The workers are started
// as soon as report.yaml is read, so pdfkit and fontkit load while the submissions
// are still being checked; the fonts go to each worker with its first job, as bytes or, for
// the bundled ones, as their files, which a worker started with the process opens at once.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { InternalError } from '../diagnostics/errors.js';
import type { FontPaths, PdfFontSource } from '../render/index.js';
import type { PdfJob, PdfJobResult } from '../render/pdf/job.js';
import { isSingleExecutable, shippedFontPaths, shippedWorker } from '../shipped-files.js';
import { dispatch } from './dispatch.js';

/** What a pdf worker is told when it starts. */
export interface PdfWorkerData {
  /** The reports have charts (which need nothing more loaded since they are drawn without vega). */
  readonly charts: boolean;
  /** Font files to open (and shape a first line with) while the main thread works: the bundled fonts' files. */
  readonly fontPaths?: FontPaths;
}

export interface PdfPool {
  /**
   * Renders every job, each made when a worker is free for it (undefined: nothing to draw);
   * results in job order, undefined for a job that was nothing. Once per pool (the workers
   * end with it).
   */
  render(jobs: readonly (() => Promise<PdfJob | undefined>)[], fonts: PdfFontSource, onDone?: (index: number) => void): Promise<(PdfJobResult | undefined)[]>;
  /** Ends the workers if render never ran (a build that failed before rendering). */
  close(): Promise<void>;
}

/** The worker in one file, as `npm run build` bundles it (scripts/bundle-workers.mjs), or else its module. */
function workerModule(): URL {
  const bundle = new URL('./pdf-worker.bundle.cjs', import.meta.url);
  return !isSingleExecutable && bundle.protocol === 'file:' && existsSync(fileURLToPath(bundle)) ? bundle : new URL('./pdf-worker.js', import.meta.url);
}

// pdfkit makes much short-lived garbage: with a young generation larger than V8's default
// it is collected less often; 300 agencies' PDFs took about 8% less CPU, and no more memory.
const resourceLimits = { maxYoungGenerationSizeMb: 96 };

interface EarlyWorker {
  readonly worker: Worker;
  failure?: Error;
}

/**
 * A worker started with the process (startPdfWorkerEarly), until a pool takes it, and how
 * it failed if it did. Kept on globalThis: bin/report starts it from lib/scan/pdf-pool.js,
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
  const worker = shippedWorker(workerModule(), { workerData: { charts: true, fontPaths: shippedFontPaths() } satisfies PdfWorkerData, resourceLimits }, 'pdf-worker.cjs');
  const started: EarlyWorker = { worker };
  worker.once('error', (error) => (started.failure ??= error));
  worker.unref();
  slot[earlySlot] = started;
}

/** Whether a worker started with the process waits for a pool to take it. */
export function earlyPdfWorkerWaiting(): boolean {
  return slot[earlySlot] !== undefined;
}

export function startPdfPool(threads: number, data: PdfWorkerData): PdfPool {
  const module = workerModule();
  // A worker that fails while loading, before any job, is remembered until render asks.
  let failure: Error | undefined;
  const taken = slot[earlySlot];
  delete slot[earlySlot];
  if (taken) {
    taken.worker.ref();
    failure = taken.failure;
  }
  const workers: Worker[] = Array.from({ length: threads }, (_, i) => (i === 0 && taken ? taken.worker : shippedWorker(module, { workerData: data, resourceLimits }, 'pdf-worker.cjs')));
  for (const worker of workers) worker.once('error', (error) => (failure ??= error));
  let used = false;
  return {
    async render(jobs, fonts, onDone) {
      if (used) throw new InternalError('a pdf pool renders once');
      used = true;
      if (failure) {
        await Promise.all(workers.map((w) => w.terminate()));
        throw new InternalError(`a pdf worker failed: ${failure.message}`, { cause: failure });
      }
      const busy = workers.slice(0, Math.max(1, Math.min(workers.length, jobs.length)));
      await Promise.all(workers.slice(busy.length).map((w) => w.terminate()));
      const hasFonts = new Set<Worker>();
      const titles = new Map<number, string>();
      return dispatch<PdfJobResult | undefined>(busy, {
        count: jobs.length,
        async post(worker, index) {
          const job = await jobs[index]();
          if (!job) return false;
          titles.set(index, job.document.title);
          const first = !hasFonts.has(worker);
          hasFonts.add(worker);
          worker.postMessage({ index, job, ...(first ? { fonts } : {}) });
          return true;
        },
        describe: (index) => (index === undefined ? 'a pdf worker' : `a pdf worker on ${titles.get(index) ?? `job ${index + 1}`}`),
        onDone,
      });
    },
    async close() {
      if (!used) await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * How many PDF workers a build gets on `threads` cores: none on one core (each PDF is
 * drawn in the main thread); one for the consolidated report alone, whose libraries then
 * load beside the checking; one per core for every agency's own report as well.
 */
export function pdfWorkerCount(plan: { readonly perAgency: boolean }, threads: number): number {
  if (threads < 2) return 0;
  return plan.perAgency ? threads : 1;
}

/** The build's PDF workers on `threads` cores (BuildOptions.pdfWorkers). */
export const pdfWorkers =
  (threads: number) =>
  (plan: { readonly perAgency: boolean; readonly charts: boolean }): PdfPool | undefined => {
    const count = pdfWorkerCount(plan, threads);
    return count > 0 ? startPdfPool(count, { charts: plan.charts }) : undefined;
  };
