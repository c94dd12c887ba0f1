// Text → a parsed YAML 1.2 document that keeps every node's source position, and the
// plain value it stands for.
import { createHash } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messageEntry, type MessageData } from '../diagnostics/messages/index.js';
import { knownYamlMessages } from '../diagnostics/messages/load.js';
import { decodeSource } from './decode.js';
import type { InputFiles } from './files.js';
import { expectedSubmission, type ExpectedContent } from './expected.js';
import { fastJson } from './fast-json.js';
import { fastParse } from './fast-yaml.js';
import { reservedKeyNames } from './reserved-keys.js';

export interface SourceFile {
  /** The path as the user should see it. */
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly value: Record<string, unknown>;
  /** sha256 of the file's bytes, as consolidated reports list their units. */
  readonly sha256: string;
}

/** A file that did not load: its diagnostics, and its text when it was text (for reporters that quote the line). */
export type Loaded = { readonly ok: true; readonly source: SourceFile } | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly text?: string };

/** Aliases beyond this count are refused, so an alias bomb fails in milliseconds. */
const maxAliasCount = 100;

const yamlCodes: Record<string, Parameters<typeof createDiagnostic>[0]> = {
  DUPLICATE_KEY: 'load/duplicate-key',
  MULTIPLE_DOCS: 'load/multiple-documents',
};

/** Reads `path` through `files` and loads it; a file that cannot be read is a diagnostic. */
export function readSource(files: InputFiles, path: string, expected: ExpectedContent = expectedSubmission): Loaded {
  const bytes = files.read(path);
  if (bytes === undefined) {
    return { ok: false, diagnostics: [createDiagnostic('load/unreadable', { file: path, line: 0, column: 0, data: {} })] };
  }
  return loadSource(path, bytes, expected);
}

export function loadSource(file: string, bytes: Uint8Array, expected: ExpectedContent = expectedSubmission): Loaded {
  const decoded = decodeSource(file, bytes, expected);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
  // The hash of the bytes as they are on disk, so `sha256sum` (or certutil) of the file finds it.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const value = fastJson(decoded.text) ?? fastParse(decoded.text);
  if (value) return { ok: true, source: new LazySource(file, decoded.text, value, sha256) };
  return parseSource(file, decoded.text, sha256, expected);
}

function parseFully(text: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, version: '1.2', uniqueKeys: true, prettyErrors: false, strict: true });
  return { document, lineCounter };
}

/** A file the fast path read: the full parse, for positions, happens only if one is asked for. */
class LazySource implements SourceFile {
  #parsed?: { document: Document.Parsed; lineCounter: LineCounter };

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: Record<string, unknown>,
    readonly sha256: string,
  ) {}

  get document(): Document.Parsed {
    this.#parsed ??= parseFully(this.text);
    return this.#parsed.document;
  }

  get lineCounter(): LineCounter {
    this.#parsed ??= parseFully(this.text);
    return this.#parsed.lineCounter;
  }
}

/** load/syntax has a message for each kind of parser error it explains (messages/load.ts); the parser's words stay as `detail`. */
function syntaxMessage(code: string, yamlCode: string, detail: string): { messageId?: string; data: MessageData } {
  if (code !== 'load/syntax') return { data: {} };
  const known = Object.hasOwn(knownYamlMessages, detail) ? knownYamlMessages[detail] : undefined;
  if (known) return { messageId: known.id, data: {} };
  return { messageId: messageEntry('load/syntax', yamlCode) ? yamlCode : 'default', data: { detail } };
}

export function parseSource(file: string, text: string, sha256: string, expected: ExpectedContent = expectedSubmission): Loaded {
  const { document, lineCounter } = parseFully(text);
  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const code = yamlCodes[error.code] ?? 'load/syntax';
    diagnostics.push(createDiagnostic(code, { file, line, column: col, ...syntaxMessage(code, error.code, firstLine(error.message)) }));
  }
  if (diagnostics.length > 0) return { ok: false, text, diagnostics: [...oddIndentation(file, text), ...diagnostics] };
  const contents = document.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { ok: false, diagnostics: [createDiagnostic('load/empty', { file, line: 1, column: 1, messageId: `no-data.${expected.kind}`, data: {} })] };
  }
  const reserved = reservedKeys(file, document, lineCounter);
  if (reserved.length > 0) return { ok: false, text, diagnostics: reserved };
  if (!isMap(contents)) {
    const { line, col } = lineCounter.linePos(contents.range?.[0] ?? 0);
    return { ok: false, text, diagnostics: [createDiagnostic('load/not-mapping', { file, line, column: col, messageId: expected.kind, data: {} })] };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount });
  } catch (error) {
    return {
      ok: false,
      diagnostics: [createDiagnostic('load/alias', { file, line: 1, column: 1, data: { max: maxAliasCount } })],
    };
  }
  return { ok: true, source: { file, text, document, lineCounter, value: value as Record<string, unknown>, sha256 } };
}

export { reservedKeyNames };

/** The key path of the innermost of `ancestors` (a visitor's path), sequence items by index. */
function keyPathOf(ancestors: readonly unknown[]): string[] {
  const out: string[] = [];
  ancestors.forEach((node, i) => {
    const next = ancestors[i + 1];
    if (isPair(node) && next !== undefined && isScalar(node.key)) out.push(String(node.key.value));
    if (isSeq(node) && next !== undefined) out.push(String(node.items.indexOf(next as never)));
  });
  return out;
}

function reservedKeys(file: string, document: Document.Parsed, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(document, {
    Pair(_, pair, path) {
      if (!isPair(pair) || !isScalar(pair.key) || !reservedKeyNames.has(String(pair.key.value))) return;
      const { line, col } = lineCounter.linePos(pair.key.range?.[0] ?? 0);
      const keyPath = [...keyPathOf([...path, pair]), String(pair.key.value)];
      found.push(
        createDiagnostic('load/reserved-key', {
          file,
          line,
          column: col,
          path: keyPath,
          data: { key: String(pair.key.value), reserved: [...reservedKeyNames].join(', ') },
        }),
      );
    },
  });
  return found;
}

/** Lines indented with a full-width space or another character YAML does not count as indentation. */
function oddIndentation(file: string, text: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  text.split('\n').forEach((line, index) => {
    const lead = /^[\p{White_Space}\p{Cf}]*/u.exec(line)![0].replace(/[\r\n]/g, '');
    const odd = [...lead].find((c) => c !== ' ');
    if (odd === undefined) return;
    const character = `U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    found.push(
      createDiagnostic('load/syntax', {
        file,
        line: index + 1,
        column: lead.indexOf(odd) + 1,
        messageId: 'indent',
        data: { character },
      }),
    );
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
