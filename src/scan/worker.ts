// A worker thread that scans chunks of submission files for the pool in pool.ts. It
// reads the disk through the module the pool names (workerData.filesModule), which
// exports `files: InputFiles`: functions cannot cross threads, module names can.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFiles } from '../load/files.js';
import { createSubmissionValidator } from '../validate/run.js';
import { scanFiles, type ScanRequest } from '../validate/scan.js';

const { files } = (await import((workerData as { filesModule: string }).filesModule)) as { files: InputFiles };
const validate = createSubmissionValidator();

parentPort!.on('message', ({ chunk, request }: { chunk: number; request: ScanRequest }) => {
  try {
    parentPort!.postMessage({ chunk, result: scanFiles(request, files, validate) });
  } catch (error) {
    parentPort!.postMessage({ chunk, error: String((error as Error)?.stack ?? error) });
  }
});
