// Scans submissions on every core, a chunk of files per job (dispatch.ts). Below a few
// hundred files it scans in this thread.
import { availableParallelism } from 'node:os';
import type { InputFiles } from '../load/files.js';
import { shippedWorker } from '../shipped-files.js';
import { dispatch } from './dispatch.js';
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
    const workers = Array.from({ length: Math.min(threads, chunks.length) }, () => shippedWorker(new URL('./worker.js', import.meta.url), { workerData: { filesModule } }, 'scan-worker.cjs'));
    let done = 0;
    return dispatch<ScanResult>(workers, {
      count: chunks.length,
      post: (worker, index) => worker.postMessage({ index, request: { paths: chunks[index], formatId: job.formatId, sum: job.sum, groupOf: job.groupOf } }),
      describe: () => 'a scan worker',
      onDone(index) {
        done += chunks[index].length;
        onProgress?.(done);
      },
    });
  };
}
