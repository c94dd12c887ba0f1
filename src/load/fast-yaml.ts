// A fast path for the YAML that submissions are made of: block mappings whose leaves are
// plain scalars or one-line flow mappings of plain scalars. It gives exactly the value the
// `yaml` library gives, or undefined for anything else, and then the full parser runs, so
// every diagnostic stays as precisely located as before. It steps aside for:
// - any whitespace or invisible character but the ASCII space and line ends (a tab,
//   U+3000, U+00A0, U+FEFF, U+200B, \f, U+2028, NEL …): YAML keeps most of them in a
//   scalar where String.prototype.trim would drop them;
// - keys that do not start with a letter or _, or that the core schema reads as
//   something else (null, true …), keys longer than 128 characters, and the keys
//   __proto__, constructor and prototype;
// - anchors, tags, sequences, block and multi-line scalars, escapes, odd indentation,
//   duplicate keys, document markers and directives.
// js-yaml was weighed as the fast reader (10× faster than `yaml`): it differs from `yaml`'s
// YAML 1.2 core schema where these files can differ too (0b and underscore integers,
// timestamps, `<<` merges, no 1,024-character key limit), so it would need the same
// guard; this path is as fast, and a differential test over a generated corpus
// (test/load/fast-yaml.test.ts) holds it to `yaml`, answering in over half the documents.

import { reservedKeyNames } from './reserved-keys.js';

type Mapping = Record<string, unknown>;

/** Keys the fast path takes as written: a letter or _ first, so no number, and none of the words below. */
const keyPattern = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
/** Keys the core schema reads as null or a boolean, and keys that name a prototype. */
const reservedKeys = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', ...reservedKeyNames]);
/** Whitespace and invisible characters other than the space and the line feed (\r is checked apart). */
export const unusualCharacter = /[^\P{White_Space} \n\r]|[\p{Cf}\p{Cc}\p{Co}\p{Cs}\uFFFD](?<![\n\r])/u;

const plainKey = (key: string): boolean => keyPattern.test(key) && !reservedKeys.has(key);
const intPattern = /^-?[0-9]+$/;
const floatPattern = /^-?[0-9]+\.[0-9]+$/;
/** What the core schema would read as something other than a string, or would parse differently. */
const specialPattern = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+.]|[0-9]|\.)/;
/** Characters that start YAML syntax, or that end a plain scalar in a flow mapping. */
const indicatorStart = /^[-?:,[\]{}#&*!|>'"%@`]/;

const bail = Symbol('bail');

function scalar(raw: string, inFlow: boolean): unknown {
  const text = raw.trim();
  if (text === '') return null;
  if (intPattern.test(text)) return Number(text);
  if (floatPattern.test(text)) return Number(text);
  if (text.startsWith('"')) {
    if (text.length < 2 || !text.endsWith('"') || /["\\]/.test(text.slice(1, -1))) return bail;
    return text.slice(1, -1);
  }
  if (text.startsWith("'")) {
    if (text.length < 2 || !text.endsWith("'") || text.slice(1, -1).includes("'")) return bail;
    return text.slice(1, -1);
  }
  if (specialPattern.test(text) || indicatorStart.test(text)) return bail;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':') || /\t/.test(text)) return bail;
  if (inFlow && /[,[\]{}]/.test(text)) return bail;
  return text;
}

/** Strips a trailing comment: " #" outside quotes (quotes with a # inside bail). */
function uncomment(text: string): string | typeof bail {
  const at = text.indexOf(' #');
  if (at < 0) return text.startsWith('#') ? '' : text;
  const before = text.slice(0, at);
  if (before.includes('"') || before.includes("'")) return bail;
  return before;
}

function flowMapping(text: string): Mapping | typeof bail {
  if (!text.endsWith('}')) return bail;
  const body = text.slice(1, -1).trim();
  const out: Mapping = {};
  if (body === '') return out;
  if (/["'{}[\]]/.test(body)) return bail;
  for (const entry of body.split(',')) {
    const colon = entry.indexOf(':');
    if (colon < 0) return bail;
    const key = entry.slice(0, colon).trim();
    const rest = entry.slice(colon + 1);
    if (!plainKey(key) || (rest !== '' && !rest.startsWith(' ')) || Object.hasOwn(out, key)) return bail;
    const value = scalar(rest, true);
    if (value === bail) return bail;
    out[key] = value;
  }
  return out;
}

export function fastParse(text: string): Mapping | undefined {
  if (unusualCharacter.test(text) || /\r(?!\n)/.test(text)) return undefined;
  const root: Mapping = {};
  // The open mappings, innermost last, with the indentation of their keys.
  const stack: { indent: number; map: Mapping }[] = [{ indent: 0, map: root }];
  let pending: { indent: number; map: Mapping; key: string } | undefined;
  let lines = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.includes('\t')) return undefined;
    const indent = line.length - trimmed.length;
    if (pending) {
      if (indent > pending.indent) {
        const child: Mapping = {};
        pending.map[pending.key] = child;
        stack.push({ indent, map: child });
      } else pending.map[pending.key] = null;
      pending = undefined;
    }
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) stack.pop();
    const top = stack[stack.length - 1];
    if (indent !== top.indent) return undefined;
    const colon = trimmed.indexOf(':');
    if (colon < 0) return undefined;
    const key = trimmed.slice(0, colon);
    const after = trimmed.slice(colon + 1);
    if (!plainKey(key) || (after !== '' && !after.startsWith(' ')) || Object.hasOwn(top.map, key)) return undefined;
    const rest = uncomment(after);
    if (rest === bail) return undefined;
    const value = rest.trim();
    lines++;
    if (value === '') {
      pending = { indent, map: top.map, key };
      continue;
    }
    const parsed = value.startsWith('{') ? flowMapping(value) : scalar(value, false);
    if (parsed === bail) return undefined;
    top.map[key] = parsed;
  }
  if (pending) pending.map[pending.key] = null;
  return lines > 0 ? root : undefined;
}
