// What reading a published report found, before it has a file name: a code, the place
// in the document, the key path the reading was for, and the message's data (the words
// are in src/diagnostics/messages/import.ts).
import type { Code } from '../../diagnostics/catalog.js';
import type { Place } from '../../diagnostics/diagnostic.js';
import type { MessageData } from '../../diagnostics/messages/types.js';

export interface ImportFinding {
  readonly code: Code;
  readonly place?: Place;
  readonly path?: readonly string[];
  readonly messageId?: string;
  readonly data: MessageData;
}
