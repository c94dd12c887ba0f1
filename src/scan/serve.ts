// What a scan worker thread does: scans the chunks of submission files the pool in pool.ts
// sends it, reading them through the disk it is given.
import { parentPort } from 'node:worker_threads';
import type { InputFiles } from '../load/files.js';
import { createSubmissionValidator } from '../validate/run.js';
import { scanFiles, type ScanRequest } from '../validate/scan.js';

export function serveScans(files: InputFiles): void {
  const validate = createSubmissionValidator();
  parentPort!.on('message', async ({ index, request }: { index: number; request: ScanRequest }) => {
    try {
      parentPort!.postMessage({ index, result: await scanFiles(request, files, validate) });
    } catch (error) {
      parentPort!.postMessage({ index, error: String((error as Error)?.stack ?? error) });
    }
  });
}
