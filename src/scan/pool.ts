// Scans submissions on every core: chunks go to worker threads as they free up, each
// chunk's result in its place, so the output does not depend on timing. Below a few
// hundred files it scans in this thread.
import { availableParallelism } from 'node:os';
import { InternalError } from '../diagnostics/errors.js';
import type { InputFiles } from '../load/files.js';
import { shippedWorker } from '../shipped-files.js';
import { inProcessScanner, type ScanResult, type Scanner } from '../validate/scan.js';

/** Below this many files a worker's start-up costs more than it saves. */
const parallelFrom = 600;

export interface PoolOptions {
  /** A module exporting `files: InputFiles`, for the worker threads (the same disk as `files`). */
  readonly filesModule: string;
  readonly threads?: number;
}

export function poolScanner(files: InputFiles, { filesModule, threads = availableParallelism() }: PoolOptions): Scanner {
  const inProcess = inProcessScanner(files);
  return async (job, onProgress) => {
    const { chunks } = job;
    const total = chunks.reduce((n, c) => n + c.length, 0);
    if (total < parallelFrom || threads < 2 || chunks.length < 2) return inProcess(job, onProgress);
    const results: ScanResult[] = new Array(chunks.length);
    const workers = Array.from({ length: Math.min(threads, chunks.length) }, () => shippedWorker(new URL('./worker.js', import.meta.url), { workerData: { filesModule } }, 'scan-worker.cjs'));
    let next = 0;
    let done = 0;
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const send = (): void => {
                if (next >= chunks.length) return resolve();
                const chunk = next++;
                worker.postMessage({ chunk, request: { paths: chunks[chunk], formatId: job.formatId, sum: job.sum } });
              };
              worker.on('message', (message: { chunk: number; result?: ScanResult; error?: string }) => {
                if (message.error !== undefined) return reject(new InternalError(`a scan worker failed: ${message.error}`));
                results[message.chunk] = message.result!;
                done += chunks[message.chunk].length;
                onProgress?.(done);
                send();
              });
              worker.on('error', (cause) => reject(new InternalError(`a scan worker failed: ${cause.message}`, { cause })));
              send();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
