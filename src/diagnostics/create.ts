// Builds a Diagnostic with the severity its code has in the catalog. A site gives either
// an English `message` (codes not yet in the message catalog) or `data` (and a `messageId`
// when the code has more than one template): the English message and hint are then
// rendered from the catalog, and reporters render them again in the chosen language.
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
  readonly message?: string;
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly hint?: string;
  readonly related?: readonly Related[];
}

export function createDiagnostic(code: Code, finding: Finding): Diagnostic {
  const { path = [], hint, related, place, message, messageId, data, ...rest } = finding;
  let text = message;
  let hintText = hint;
  if (data !== undefined) {
    const entry = messageEntry(code, messageId);
    if (!entry) throw new InternalError(`${code}: no message "${messageId ?? 'default'}" in the message catalog`);
    text ??= renderTemplate(entry.message.en, data, 'en', entry.words);
    if (hint === undefined && entry.hint) hintText = renderTemplate(entry.hint.en, data, 'en', entry.words);
  }
  if (text === undefined) throw new InternalError(`${code}: a diagnostic needs a message or data`);
  return {
    code,
    severity: catalog[code].severity,
    message: text,
    ...rest,
    ...(data === undefined ? {} : { ...(messageId === undefined ? {} : { messageId }), data }),
    ...(place === undefined ? {} : { place }),
    path,
    ...(hintText === undefined ? {} : { hint: hintText }),
    ...(data !== undefined && hint !== undefined ? { hintGiven: true } : {}),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}
