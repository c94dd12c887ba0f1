// What reading a published report found, before it has a file name: a code, the place
// in the document, and the key path the reading was for.
import type { Code } from '../../diagnostics/catalog.js';
import type { Place } from '../../diagnostics/diagnostic.js';

export interface ImportFinding {
  readonly code: Code;
  readonly place?: Place;
  readonly path?: readonly string[];
  readonly message: string;
  readonly hint?: string;
}
