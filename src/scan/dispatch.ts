// Hands jobs to worker threads as they free up (a job may be made only then) and keeps each
// result in its job's place, so the output does not depend on timing. Each worker answers
// `{index, result}` or `{index, error}` for the job `post` sent it.
import type { Worker } from 'node:worker_threads';
import { InternalError } from '../diagnostics/errors.js';

export interface Jobs {
  readonly count: number;
  /** Sends job `index` to `worker`; false (or a promise of false) when that job turned out to be nothing to do, and its result stays undefined. */
  post(worker: Worker, index: number): void | boolean | Promise<boolean>;
  /** What a failed job is called in the error, e.g. "a scan worker" or "an import worker on a.pdf". */
  describe(index?: number): string;
  /** Called once each job is done. */
  onDone?(index: number): void;
}

/** Runs every job on the workers and stops them; the results in job order. */
export async function dispatch<R>(workers: readonly Worker[], jobs: Jobs): Promise<R[]> {
  const results: R[] = new Array(jobs.count);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= jobs.count) return resolve();
              const index = next++;
              const posted = jobs.post(worker, index);
              const skip = (): void => {
                jobs.onDone?.(index);
                send();
              };
              if (posted === false) skip();
              else if (posted instanceof Promise) posted.then((sent) => (sent ? undefined : skip()), reject);
            };
            worker.on('message', (message: { index: number; result?: R; error?: string }) => {
              if (message.error !== undefined) return reject(new InternalError(`${jobs.describe(message.index)} failed: ${message.error}`));
              results[message.index] = message.result!;
              jobs.onDone?.(message.index);
              send();
            });
            worker.on('error', (cause) => reject(new InternalError(`${jobs.describe()} failed: ${cause.message}`, { cause })));
            send();
          }),
      ),
    );
  } finally {
    // Not awaited: each thread frees its heap on its own (7 ms for a PDF worker), while this
    // one goes on with the results; the process still ends only after they have.
    Promise.all(workers.map((w) => w.terminate())).catch(() => {});
  }
  return results;
}
