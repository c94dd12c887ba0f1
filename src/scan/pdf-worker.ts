// A worker thread that renders PDFs for the pool in pdf-pool.ts: its libraries load as it
// starts, the fonts arrive with its first job.
import { parentPort } from 'node:worker_threads';
import { openFonts, type PdfFonts } from '../render/pdf/fonts.js';
import { renderPdfJob, type PdfJob } from '../render/pdf/job.js';
import type { PdfFontBytes } from './pdf-pool.js';

interface PdfRequest {
  readonly index: number;
  readonly job: PdfJob;
  readonly fonts?: PdfFontBytes;
}

let fonts: PdfFonts | undefined;

parentPort!.on('message', ({ index, job, fonts: bytes }: PdfRequest) => {
  if (bytes) fonts = openFonts(bytes.body, bytes.heading);
  renderPdfJob(job, fonts!).then(
    (result) => parentPort!.postMessage({ index, result }),
    (error: unknown) => parentPort!.postMessage({ index, error: String((error as Error)?.stack ?? error) }),
  );
});
