// Turns ajv's errors into located diagnostics that name the printed label, say what was
// expected, and hint at the fix for the usual mistakes of hand-filled forms.
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Code } from '../diagnostics/catalog.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic, Locatable } from '../diagnostics/diagnostic.js';
import type { MessageData } from '../diagnostics/messages/index.js';
import type { FormatCells } from '../formats/cells.js';
import { valueAt } from '../formats/figures.js';
import type { JsonSchema } from './ajv.js';
import { invisibleBesideNumber } from './invisible.js';
import { amountUnitHint } from './unit-hint.js';

/** Ajv's instancePath → key path, unescaping JSON Pointer's ~1 and ~0. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** What offices type where they mean 0. */
const placeholdersForZero = new Set(['/', '／', '\\', '-', '－', '—', '——', '–', '无', '空', '没有', '零', 'N/A', 'n/a', 'NA', 'null?', '×', 'x', 'X']);

/** What a spreadsheet cell holds when its formula fails. */
const spreadsheetError = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

const fullWidthDigits = /^[－-]?[０-９]+(?:[．.][０-９]+)?$/;

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** What was found, as data: a figure or `true` as it is, text in quotes, else the id of its kind (messages/schema.ts). */
function show(value: unknown): string {
  if (value === null) return 'blank';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return String(value);
}

export interface SchemaErrorContext {
  /** The checked value, and where its key paths stand in its file. */
  readonly value: Readonly<Record<string, unknown>>;
  readonly target: Locatable;
  readonly model?: FormatCells;
  /** The schema the errors come from, to list the keys a mapping allows. */
  readonly schema: JsonSchema;
}

/** The keys allowed where an additionalProperties error arose, from its schema path. */
function allowedKeys(error: ErrorObject, schema: JsonSchema): string[] {
  let node: unknown = schema;
  for (const segment of error.schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return Object.keys(((node as { properties?: object } | undefined)?.properties) ?? {});
}

/**
 * All of a document's schema errors as diagnostics. A typo gives ajv two errors, the
 * unknown key and the missing one it was meant to be; only the first is reported.
 */
export function schemaErrorsToDiagnostics(errors: readonly ErrorObject[], context: SchemaErrorContext): Diagnostic[] {
  const misspelt = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const key = String(error.params.additionalProperty);
    const guess = closeKey(key, allowedKeys(error, context.schema));
    if (guess !== undefined) misspelt.add(`${error.instancePath}/${guess}`);
  }
  return errors
    .filter((e) => !(e.keyword === 'required' && misspelt.has(`${e.instancePath}/${String(e.params.missingProperty)}`)))
    .map((e) => schemaErrorToDiagnostic(e, context));
}

function closeKey(key: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const guess = closest(key, [...allowed]);
  return distance(key, guess) <= Math.max(2, Math.floor(key.length / 3)) ? guess : undefined;
}

type Make = (code: Code, p: readonly string[], messageId: string, data: MessageData) => Diagnostic;

export function schemaErrorToDiagnostic(error: ErrorObject, { value, target, model, schema }: SchemaErrorContext): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const data = valueAt(value, path);
  const labelOf = (p: readonly string[]): string | undefined => model?.labels.get(p.join('.'));
  // A number as the user wrote it: 1e+23 or Infinity would misquote 99999999999999999999999 or 1e400.
  const shown = typeof data === 'number' ? (target.written?.(path) ?? show(data)) : show(data);
  /** The value at `p` names itself by its printed label, or by its key path where it has none (messageId `x.key`). */
  const make: Make = (code, p, messageId, values) => {
    const { line, column, place } = target.locate(p, 'value');
    const label = labelOf(p);
    const name: MessageData = label ? { label, path: p.join('.') } : { key: p.join('.') };
    return createDiagnostic(code, { file: target.file, line, column, place, path: p, messageId: label ? messageId : `${messageId}.key`, data: { ...name, ...values } });
  };
  const locateAs = (code: Code, p: readonly string[], messageId: string, values: MessageData): Diagnostic => {
    const { line, column, place } = target.locate(p, 'key');
    return createDiagnostic(code, { file: target.file, line, column, place, path: p, messageId, data: values });
  };

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const full = [...path, missing];
      const label = labelOf(full);
      const hinted = Boolean(model?.byPath.has(full.join('.')) || label);
      const messageId = `${path.length === 0 ? 'top' : 'missing'}${hinted ? '.labeled' : ''}`;
      return locateAs('schema/required', path, messageId, { key: missing, ...(path.length === 0 ? {} : { parent: path.join('.') }), ...(hinted ? { label: label ?? missing } : {}) });
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = allowedKeys(error, schema);
      const guess = closeKey(key, allowed);
      const guessLabel = guess ? labelOf([...path, guess]) : undefined;
      const suffix = guess === undefined ? '' : guessLabel === undefined ? 'guess' : 'guess-labeled';
      const messageId = [path.length === 0 ? 'top' : '', suffix].filter(Boolean).join('.') || 'default';
      return locateAs('schema/unknown-key', [...path, key], messageId, {
        key,
        ...(path.length === 0 ? {} : { parent: path.join('.') }),
        allowed: allowed.map((k) => `\`${k}\``).join(', '),
        ...(guess === undefined ? {} : { guess }),
        ...(guessLabel === undefined ? {} : { guessLabel }),
      });
    }
    case 'type':
      return typeDiagnostic(error, data, shown, path, model, make, target.locate(path, 'value').place?.kind === 'cell');
    case 'minimum':
    case 'maximum': {
      const cellType = model?.byPath.get(path.join('.'))?.type;
      const negative = error.keyword === 'minimum' && error.params.limit === 0;
      const messageId = error.keyword === 'maximum' ? 'above' : !negative ? 'below' : cellType === 'wan' || cellType === 'yuan' ? 'negative-amount' : 'negative-count';
      return make('schema/range', path, messageId, { found: shown, limit: String(error.params.limit) });
    }
    case 'decimalPlaces':
      return make('schema/decimal-places', path, model?.byPath.get(path.join('.'))?.type === 'wan' ? 'wan' : 'yuan', { found: shown, places: String(error.params.places) });
    case 'const':
      return make('schema/value', path, 'const', { found: show(data), allowed: String(error.params.allowedValue) });
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
      return make('schema/value', path, 'enum', { found: show(data), allowed });
    }
    case 'pattern':
      return make('schema/value', path, 'id', { found: show(data) });
    case 'minLength':
      return make('schema/value', path, 'min-length', { limit: String(error.params.limit) });
    default:
      return make('schema/value', path, 'other', { keyword: error.keyword });
  }
}

function typeDiagnostic(error: ErrorObject, data: unknown, shown: string, path: readonly string[], model: FormatCells | undefined, make: Make, inCell: boolean): Diagnostic {
  const cell = model?.byPath.get(path.join('.'));
  const expected = cell ? cell.type : String(error.params.type);
  const type = (messageId: string, values: MessageData = {}): Diagnostic => make('schema/type', path, messageId, { expected, ...values });
  if (data === null) return type(cell ? 'blank-cell' : 'blank');
  if (typeof data === 'string') {
    const invisible = invisibleBesideNumber(data);
    if (invisible) {
      const { number, before, after } = invisible;
      const messageId = before !== undefined && after !== undefined ? 'both' : before !== undefined ? 'before' : 'after';
      return make('schema/invisible-character', path, messageId, { expected, value: data, number, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
    }
    const text = data.trim();
    if (fullWidthDigits.test(text)) return type('full-width', { value: data, number: toHalfWidth(text) });
    if (spreadsheetError.test(text)) return type('formula-error', { value: text });
    if (text.startsWith('=')) return type('formula', { value: text });
    if (placeholdersForZero.has(text) || text === '') return type('placeholder', { value: data });
    // YAML 1.1 read 1_000 as 1000; YAML 1.2 (and this tool) reads it as text.
    if (/^[-+]?\d+(?:_\d+)+$/.test(text)) return type('underscores', { value: data, number: text.replace(/_/g, '') });
    const unitHint = cell && amountUnitHint(text, cell.type);
    if (unitHint) return type(unitHint.messageId, { value: data, ...unitHint.data });
    const numeric = /^[-+]?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
    if (numeric) {
      const bare = numeric[0] === text.replace(/,/g, '');
      // A workbook cell has no quotes to remove: the cell itself holds text.
      return type(bare ? (inCell ? 'text-number-cell' : 'text-number') : 'text-units', { value: data, number: numeric[0] });
    }
  }
  if (typeof data === 'number' && error.params.type === 'integer') return type('whole', { found: shown });
  return type('value', { found: shown });
}
