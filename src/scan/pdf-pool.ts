// Renders PDFs on worker threads, a report per job (dispatch.ts). The workers are started
// as soon as report.yaml is read, so pdfkit and fontkit load while the submissions
// are still being checked; the fonts go to each worker with its first job, as bytes or, for
// the bundled ones, as their files, which a worker started with the process opens at once.
import type { Worker } from 'node:worker_threads';
import { InternalError } from '../diagnostics/errors.js';
import type { PdfFontSource } from '../render/index.js';
import type { PdfJob, PdfJobResult } from '../render/pdf/job.js';
import { shippedWorker } from '../shipped-files.js';
import { dispatch } from './dispatch.js';
import { pdfWorkerModule, pdfWorkerResourceLimits, takeEarlyPdfWorker, type PdfWorkerData } from './pdf-early.js';

export { earlyPdfWorkerWaiting, mayBuildPdf, startPdfWorkerEarly, type PdfWorkerData } from './pdf-early.js';

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

export function startPdfPool(threads: number): PdfPool {
  const module = pdfWorkerModule();
  // A worker that fails while loading, before any job, is remembered until render asks.
  let failure: Error | undefined;
  const taken = takeEarlyPdfWorker();
  if (taken) {
    taken.worker.ref();
    failure = taken.failure;
  }
  const workers: Worker[] = Array.from({ length: threads }, (_, i) => (i === 0 && taken ? taken.worker : shippedWorker(module, { workerData: {} satisfies PdfWorkerData, resourceLimits: pdfWorkerResourceLimits }, 'pdf-worker.cjs')));
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
  (plan: { readonly perAgency: boolean }): PdfPool | undefined => {
    const count = pdfWorkerCount(plan, threads);
    return count > 0 ? startPdfPool(count) : undefined;
  };
