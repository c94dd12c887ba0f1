// Scans submissions on every core: chunks of files go to worker threads as they free up,
// and the results are merged in chunk order, so the output does not depend on timing.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../diagnostics/errors.js';
import type { InputFiles } from '../load/files.js';
import { inProcessScanner, mergeScans, type ScanResult, type Scanner } from '../validate/scan.js';

/** Below this many files a worker's start-up costs more than it saves. */
const parallelFrom = 400;
const chunkSize = 200;

export function poolScanner(files: InputFiles, threads = availableParallelism()): Scanner {
  const inProcess = inProcessScanner(files);
  return async (request, onProgress) => {
    if (request.paths.length < parallelFrom || threads < 2) return inProcess(request, onProgress);
    const chunks: string[][] = [];
    for (let i = 0; i < request.paths.length; i += chunkSize) chunks.push(request.paths.slice(i, i + chunkSize));
    const results: ScanResult[] = new Array(chunks.length);
    const workers = Array.from({ length: Math.min(threads, chunks.length) }, () => new Worker(new URL('./scan-worker.js', import.meta.url)));
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
                worker.postMessage({ chunk, request: { ...request, paths: chunks[chunk] } });
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
    return mergeScans(results);
  };
}
