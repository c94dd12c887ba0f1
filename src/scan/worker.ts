// A worker thread that scans chunks of submission files for the pool in pool.ts. It
// reads the disk through the module the pool names (workerData.filesModule), which
// exports `files: InputFiles`: functions cannot cross threads, module names can.
import { workerData } from 'node:worker_threads';
import type { InputFiles } from '../load/files.js';
import { serveScans } from './serve.js';

const { files } = (await import((workerData as { filesModule: string }).filesModule)) as { files: InputFiles };
serveScans(files);
