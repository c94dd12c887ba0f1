import type { PublishedDocument } from './published.js';
export function readDocx(_bytes: Uint8Array): PublishedDocument {
  throw new Error('docx: to do');
}
