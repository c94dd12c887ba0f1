// Jobs go to workers as they free up, each made only then: the PDF of the first agency is
// drawn while the next agencies' reports are still being composed.
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/scan/dispatch.js';

/** A worker that answers each job, after `delay` ms, with the job's number doubled. */
function fakeWorker(delay: number, log: string[]): Worker {
  const worker = new EventEmitter() as EventEmitter & { postMessage(message: { index: number; value: number }): void; terminate(): Promise<number> };
  worker.postMessage = ({ index, value }) => {
    log.push(`drawing ${index}`);
    setTimeout(() => worker.emit('message', { index, result: value * 2 }), delay);
  };
  worker.terminate = async () => 0;
  return worker as unknown as Worker;
}

describe('dispatch', () => {
  it('makes each job when a worker is free for it, keeps results in job order, and leaves out a job that is nothing', async () => {
    const log: string[] = [];
    const done: number[] = [];
    const results = await dispatch<number | undefined>([fakeWorker(5, log)], {
      count: 4,
      async post(worker, index) {
        log.push(`making ${index}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (index === 2) return false;
        worker.postMessage({ index, value: index + 1 });
        return true;
      },
      describe: () => 'a test worker',
      onDone: (index) => done.push(index),
    });
    expect(results).toEqual([2, 4, undefined, 8]);
    // One worker: job 1 is made only after job 0 is drawn, not all up front.
    expect(log).toEqual(['making 0', 'drawing 0', 'making 1', 'drawing 1', 'making 2', 'making 3', 'drawing 3']);
    expect(done.sort()).toEqual([0, 1, 2, 3]);
  });

  it('fails with the job\'s error when a job cannot be made', async () => {
    const log: string[] = [];
    const run = dispatch<number>([fakeWorker(1, log)], {
      count: 2,
      async post() {
        throw new Error('the submission changed');
      },
      describe: () => 'a test worker',
    });
    await expect(run).rejects.toThrow('the submission changed');
  });
});
