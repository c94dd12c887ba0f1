// Builds a Diagnostic with the severity its code has in the catalog. A site gives `data`
// (and a `messageId` when the code has more than one template), never words: the English
// message and hint are rendered from the message catalog, and reporters render them again
// in the chosen language.
import { catalog, type Code } from './catalog.js';
import type { Diagnostic, Place, Related } from './diagnostic.js';
import { messageEntry, renderTemplate, type MessageData } from './messages/index.js';
import { InternalError } from './errors.js';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly place?: Place;
  readonly path?: readonly string[];
  readonly messageId?: string;
  readonly data: MessageData;
  readonly related?: readonly Related[];
}

export function createDiagnostic(code: Code, finding: Finding): Diagnostic {
  const { path = [], related, place, messageId, data, ...rest } = finding;
  const entry = messageEntry(code, messageId);
  if (!entry) throw new InternalError(`${code}: no message "${messageId ?? 'default'}" in the message catalog`);
  const hint = entry.hint ? renderTemplate(entry.hint.en, data, 'en', entry.words) : undefined;
  return {
    code,
    severity: catalog[code].severity,
    message: renderTemplate(entry.message.en, data, 'en', entry.words),
    ...rest,
    ...(messageId === undefined ? {} : { messageId }),
    data,
    ...(place === undefined ? {} : { place }),
    path,
    ...(hint === undefined ? {} : { hint }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}
