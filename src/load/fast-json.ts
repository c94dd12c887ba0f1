// A fast path for JSON inputs (previous.json, which `report import --previous` and every
// build's report.json are): JSON is YAML, so the full `yaml` parser reads them, slowly
// (a 17 KB previous.json costs about 40 ms a build). JSON.parse gives the same value for
// the JSON this path takes, and it steps aside, leaving the full parser to find and locate
// the problem, for:
// - a document that is not one JSON object, or that JSON.parse refuses;
// - any backslash escape or tab (YAML and JSON agree on them, but nothing here needs them);
// - any whitespace or invisible character other than the space and the line feed, as the
//   YAML fast path does;
// - a key twice in one object (JSON.parse keeps the last silently; YAML refuses it);
// - the keys __proto__, constructor and prototype, and keys over 128 characters.
// A differential test (test/load/fast-json.test.ts) holds it to the `yaml` library.

import { unusualCharacter } from './fast-yaml.js';
import { reservedKeyNames } from './reserved-keys.js';

/** Every key of every object is new in its object, plain and short; strings have no escapes (checked before). */
function keysAreSafe(text: string): boolean {
  // For each open bracket, innermost last: the keys of an object, or undefined for an array.
  const open: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push(new Set());
    else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return false;
      let next = end + 1;
      while (text[next] === ' ' || text[next] === '\n') next++;
      const keys = open.at(-1);
      if (text[next] === ':' && keys) {
        if (text.slice(end + 1, next).includes('\n')) return false; // YAML wants a key and its colon on one line
        const key = text.slice(i + 1, end);
        if (keys.has(key) || reservedKeyNames.has(key) || key.length > 128) return false;
        keys.add(key);
      }
      i = end;
    }
  }
  return true;
}

/** The object the JSON text holds, as `yaml` would give it, or undefined for the full parser. */
export function fastJson(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{') || unusualCharacter.test(text) || /[\\\t\r]/.test(text) || !keysAreSafe(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
