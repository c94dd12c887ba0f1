// What the yaml library makes of a text, as the loader configures it: the reference the
// fast YAML and JSON paths are held to.
import { parseDocument } from 'yaml';

/** The yaml library's value, or undefined when it reports an error. */
export function reference(text: string): unknown {
  const document = parseDocument(text, { version: '1.2', uniqueKeys: true, strict: true });
  return document.errors.length > 0 ? undefined : document.toJS({ maxAliasCount: 100 });
}
