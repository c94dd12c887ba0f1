// A worker thread that scans chunks of submission files for the pool in scan-pool.ts.
import { parentPort } from 'node:worker_threads';
import { createSubmissionValidator } from '../validate/run.js';
import { scanFiles, type ScanRequest } from '../validate/scan.js';
import { diskFiles } from './files.js';

const validate = createSubmissionValidator();

parentPort!.on('message', async ({ chunk, request }: { chunk: number; request: ScanRequest }) => {
  try {
    parentPort!.postMessage({ chunk, result: await scanFiles(request, diskFiles, validate) });
  } catch (error) {
    parentPort!.postMessage({ chunk, error: String((error as Error)?.stack ?? error) });
  }
});
