// A fast path for the YAML that submissions, report.yaml and rosters are made of: block
// mappings whose values are plain or simply quoted scalars, one-line flow collections
// (`{a: 1, b: [x, y]}`, `[]`), or block sequences of such scalars, flow collections and
// block mappings (`- {id: drc, name: …}`, `- id: drc`, the `-` at its key's indentation or
// deeper). It gives exactly the value the `yaml` library gives, or undefined for anything
// else, and then the full parser runs, so every diagnostic stays as precisely located as
// before. It steps aside for:
// - any whitespace or invisible character but the ASCII space and line ends (a tab,
//   U+3000, U+00A0, U+FEFF, U+200B, \f, U+2028, NEL …): YAML keeps most of them in a
//   scalar where String.prototype.trim would drop them;
// - keys that do not start with a letter or _, or that the core schema reads as
//   something else (null, true …), keys longer than 128 characters, quoted keys, and the
//   keys __proto__, constructor and prototype;
// - anchors, tags, block and multi-line scalars, escapes (and '' in single quotes), a
//   comment after a quoted scalar outside a flow, odd indentation, duplicate keys,
//   document markers and directives;
// - a sequence as a sequence's item (`- - x`), an item that goes on over the next line,
//   a `-` less indented than its key or not at its siblings' indentation;
// - flow collections over more than one line, nested more than 8 deep, with an empty
//   entry or a trailing comma, a key without a space after its colon (`{a:b}`), an
//   implicit pair in a sequence (`[a: b]`), a comment inside, or text after them.
// js-yaml was weighed as the fast reader (10× faster than `yaml`): it differs from `yaml`'s
// YAML 1.2 core schema where these files can differ too (0b and underscore integers,
// timestamps, `<<` merges, no 1,024-character key limit), so it would need the same
// guard; this path is as fast, and a differential test over a generated corpus
// (test/load/fast-yaml.test.ts) holds it to `yaml`, answering in over half the documents
// `yaml` reads.

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

/** The deepest flow collections the fast path reads inside one another. */
const maxFlowDepth = 8;
/** A key of a flow mapping with its colon: spaces, the key, spaces, `:`. */
const flowKey = / *([A-Za-z_][A-Za-z0-9_-]{0,127}) *:/y;

/**
 * Reads the flow collection (`[…]` or `{…}`, on one line) that starts at `text[start]`:
 * its value and the index after its closing bracket, or bail for anything but plain keys,
 * scalar() scalars, quoted scalars without escapes, and collections like these.
 */
function flowCollection(text: string, start: number, depth: number): { value: unknown; end: number } | typeof bail {
  if (depth > maxFlowDepth) return bail;
  const isMapping = text[start] === '{';
  const close = isMapping ? '}' : ']';
  const out: unknown[] | Mapping = isMapping ? {} : [];
  let at = skipSpaces(text, start + 1);
  if (text[at] === close) return { value: out, end: at + 1 };
  for (;;) {
    let key: string | undefined;
    if (isMapping) {
      flowKey.lastIndex = at;
      const found = flowKey.exec(text);
      if (!found) return bail;
      key = found[1];
      at = flowKey.lastIndex;
      if (!plainKey(key) || Object.hasOwn(out, key) || (at < text.length && !/[ ,}]/.test(text[at]))) return bail;
    }
    const item = flowItem(text, skipSpaces(text, at), close, depth);
    if (item === bail) return bail;
    if (isMapping) (out as Mapping)[key as string] = item.value;
    else (out as unknown[]).push(item.value);
    at = skipSpaces(text, item.end);
    if (text[at] === close) return { value: out, end: at + 1 };
    if (text[at] !== ',') return bail;
    // A trailing comma, an empty entry and anything else on another line step aside.
    at = skipSpaces(text, at + 1);
    if (at >= text.length || text[at] === ',' || text[at] === close) return bail;
  }
}

/** One value inside a flow collection, from `at`: a nested collection, a quoted scalar, or a plain one (null when empty). */
function flowItem(text: string, at: number, close: string, depth: number): { value: unknown; end: number } | typeof bail {
  const first = text[at];
  if (first === '[' || first === '{') return flowCollection(text, at, depth + 1);
  if (first === '"' || first === "'") {
    const end = text.indexOf(first, at + 1);
    if (end < 0 || text[end + 1] === first) return bail;
    const value = scalar(text.slice(at, end + 1), true);
    return value === bail ? bail : { value, end: end + 1 };
  }
  let end = at;
  while (end < text.length && !',[]{}'.includes(text[end])) end++;
  // A mapping's value ends at , or its }; a sequence's item at , or its ].
  if (end < text.length && text[end] !== ',' && text[end] !== close) return bail;
  // An empty value is null in a mapping; an empty item of a sequence is an error.
  if (close === ']' && end === at) return bail;
  const value = scalar(text.slice(at, end), true);
  return value === bail ? bail : { value, end };
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

/** A value written on the line of its key or its `-`: a flow collection, a scalar, or empty (undefined). */
function lineValue(after: string): unknown {
  const start = skipSpaces(after, 0);
  if (after[start] === '[' || after[start] === '{') {
    const read = flowCollection(after, start, 1);
    if (read === bail) return bail;
    // After the collection: nothing, or spaces and a comment.
    return /^(?: *| +#.*)$/.test(after.slice(read.end)) ? read.value : bail;
  }
  const rest = uncomment(after);
  if (rest === bail) return bail;
  const value = rest.trim();
  return value === '' ? undefined : scalar(value, false);
}

/** An item's text that starts a block mapping (`key:` then a space or nothing), with a key the fast path takes. */
function startsMapping(content: string): boolean {
  const colon = content.indexOf(':');
  return colon > 0 && plainKey(content.slice(0, colon)) && (colon + 1 === content.length || content[colon + 1] === ' ');
}

/** `-` alone or followed by a space: a block sequence's item. */
const isItem = (trimmed: string): boolean => trimmed === '-' || trimmed.startsWith('- ');

type Open = { indent: number; map: Mapping; seq?: undefined } | { indent: number; seq: unknown[]; map?: undefined };

export function fastParse(text: string): Mapping | undefined {
  if (unusualCharacter.test(text) || /\r(?!\n)/.test(text)) return undefined;
  const root: Mapping = {};
  // The open collections, innermost last, with the indentation of their keys or items (a
  // sequence's items are scalars, flow collections or block mappings: never sequences).
  const stack: Open[] = [{ indent: 0, map: root }];
  let pending: { indent: number; map: Mapping; key: string } | undefined;
  let lines = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.includes('\t')) return undefined;
    const indent = line.length - trimmed.length;
    if (pending) {
      // YAML lets a block sequence's `-` stand at its key's indentation, or deeper.
      if (isItem(trimmed) && indent >= pending.indent) {
        const seq: unknown[] = [];
        pending.map[pending.key] = seq;
        stack.push({ indent, seq });
      } else if (indent > pending.indent) {
        const child: Mapping = {};
        pending.map[pending.key] = child;
        stack.push({ indent, map: child });
      } else pending.map[pending.key] = null;
      pending = undefined;
    }
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) stack.pop();
    let top = stack[stack.length - 1];
    // A line at a sequence's indentation that is no item ends it: it is a key of the
    // mapping around, if that mapping's keys stand at the same indentation.
    if (top.seq && indent === top.indent && !isItem(trimmed)) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (indent !== top.indent) return undefined;
    lines++;
    let entry = trimmed;
    let map: Mapping;
    if (top.seq) {
      const item = trimmed.slice(1);
      const content = item.trimStart();
      if (!startsMapping(content)) {
        const value = lineValue(item);
        if (value === bail) return undefined;
        top.seq.push(value ?? null);
        continue;
      }
      // `- key: value`: the item is a block mapping whose keys stand where this key does.
      map = {};
      top.seq.push(map);
      stack.push({ indent: indent + 1 + item.length - content.length, map });
      entry = content;
    } else map = top.map;
    const colon = entry.indexOf(':');
    if (colon < 0) return undefined;
    const key = entry.slice(0, colon);
    const after = entry.slice(colon + 1);
    if (!plainKey(key) || (after !== '' && !after.startsWith(' ')) || Object.hasOwn(map, key)) return undefined;
    const value = lineValue(after);
    if (value === bail) return undefined;
    if (value === undefined) pending = { indent: stack[stack.length - 1].indent, map, key };
    else map[key] = value;
  }
  if (pending) pending.map[pending.key] = null;
  return lines > 0 ? root : undefined;
}
