import type { PublishedDocument } from './published.js';
export async function readPdf(_bytes: Uint8Array): Promise<PublishedDocument> {
  throw new Error('pdf: to do');
}
