// Imports many published reports on every core, a document per job (dispatch.ts).
import { availableParallelism } from 'node:os';
import { dispatch } from './dispatch.js';
import { isSingleExecutable } from '../shipped-files.js';
import { importReport, type ImportedReport, type ImportOptions } from '../import.js';
import { createSubmissionValidator } from '../validate/run.js';
import { shippedWorker } from '../shipped-files.js';

export interface ImportInput {
  readonly file: string;
  /** Read when the document's turn comes, so a thousand PDFs are not all held at once. */
  readonly bytes: () => Uint8Array;
}

/** Below this many documents a worker's start-up (loading pdf.js) costs more than it saves. */
const parallelFrom = 4;

/** Options as they cross to a worker: the format by id. */
export interface WorkerOptions {
  readonly year?: number;
  readonly formatId?: string;
  readonly name?: string;
}

export async function importAll(inputs: readonly ImportInput[], options: ImportOptions, threads = availableParallelism()): Promise<ImportedReport[]> {
  // The single executable carries no worker script for imports: it reads them in this thread.
  if (inputs.length < parallelFrom || threads < 2 || isSingleExecutable) {
    const validate = createSubmissionValidator();
    const out: ImportedReport[] = [];
    for (const input of inputs) out.push(await importReport(input.file, input.bytes(), options, validate));
    return out;
  }
  const transferable: WorkerOptions = { year: options.year, formatId: options.format?.id, name: options.name };
  const workers = Array.from({ length: Math.min(threads, inputs.length) }, () => shippedWorker(new URL('./import-worker.js', import.meta.url), { workerData: transferable }, 'import-worker.cjs'));
  return dispatch<ImportedReport>(workers, {
    count: inputs.length,
    post(worker, index) {
      const bytes = inputs[index].bytes();
      worker.postMessage({ index, file: inputs[index].file, bytes }, [bytes.buffer as ArrayBuffer]);
    },
    describe: (index) => (index === undefined ? 'an import worker' : `an import worker on ${inputs[index].file}`),
  });
}
