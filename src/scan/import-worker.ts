// A worker thread that imports published reports for the pool in import-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { findFormat } from '../formats/index.js';
import { importReport } from '../import.js';
import { createSubmissionValidator } from '../validate/run.js';
import type { WorkerOptions } from './import-pool.js';

const validate = createSubmissionValidator();
const given = workerData as WorkerOptions;
const options = { year: given.year, format: findFormat(given.formatId), name: given.name };

parentPort!.on('message', ({ index, file, bytes }: { index: number; file: string; bytes: Uint8Array }) => {
  importReport(file, bytes, options, validate).then(
    (result) => parentPort!.postMessage({ index, result }),
    (error: unknown) => parentPort!.postMessage({ index, error: String((error as Error)?.stack ?? error) }),
  );
});
