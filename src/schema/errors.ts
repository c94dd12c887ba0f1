// Turns ajv's errors into located diagnostics that name the printed label, say what was
// expected, and hint at the fix for the usual mistakes of hand-filled forms.
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Code } from '../diagnostics/catalog.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic, Locatable } from '../diagnostics/diagnostic.js';
import type { FormatCells } from '../formats/cells.js';
import { valueAt } from '../formats/figures.js';
import { valueTypeWords } from '../formats/values.js';
import type { JsonSchema } from './ajv.js';
import { invisibleBesideNumber } from './invisible.js';

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

function show(value: unknown): string {
  if (value === null) return 'a blank';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
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

export function schemaErrorToDiagnostic(error: ErrorObject, { value, target, model, schema }: SchemaErrorContext): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const data = valueAt(value, path);
  const where = path.length === 0 ? 'the top level' : `\`${path.join('.')}\``;
  const labelOf = (p: readonly string[]): string | undefined => model?.labels.get(p.join('.'));
  const named = (p: readonly string[]): string => {
    const label = labelOf(p);
    return label ? `${label} (${p.join('.')})` : `\`${p.join('.')}\``;
  };
  const make = (code: Code, p: readonly string[], at: 'key' | 'value', message: string, hint?: string): Diagnostic => {
    const { line, column, place } = target.locate(p, at);
    return createDiagnostic(code, { file: target.file, line, column, place, path: p, message, hint });
  };

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const full = [...path, missing];
      const label = labelOf(full);
      return make(
        'schema/required',
        path,
        'key',
        `missing \`${missing}\`${label ? ` (${label})` : ''} under ${where}: it is required`,
        model?.byPath.has(full.join('.')) || label ? 'every cell must be filled in: write 0 where there is nothing to report' : undefined,
      );
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = allowedKeys(error, schema);
      const guess = closeKey(key, allowed);
      const guessLabel = guess ? labelOf([...path, guess]) : undefined;
      return make(
        'schema/unknown-key',
        [...path, key],
        'key',
        `unknown key \`${key}\` under ${where}: expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}`,
        guess ? `did you mean \`${guess}\`${guessLabel ? ` (${guessLabel})` : ''}?` : undefined,
      );
    }
    case 'type':
      return typeDiagnostic(error, data, path, named(path), model, make);
    case 'minimum':
    case 'maximum': {
      const negativeCount = error.keyword === 'minimum' && error.params.limit === 0;
      return make(
        'schema/range',
        path,
        'value',
        `${named(path)} is ${show(data)}: expected a number ${error.keyword === 'minimum' ? '≥' : '≤'} ${error.params.limit}`,
        negativeCount ? 'counts cannot be negative; only 本年增/减 is signed' : undefined,
      );
    }
    case 'decimalPlaces':
      return make(
        'schema/decimal-places',
        path,
        'value',
        `${named(path)} is ${show(data)}: expected at most ${error.params.places} decimal places`,
        model?.byPath.get(path.join('.'))?.type === 'wan' ? 'amounts are in 万元: 251000元 is 25.1, and 万元 keeps 6 places (to the fen)' : 'amounts are in 元 with at most 2 decimal places (分)',
      );
    case 'const':
      return make('schema/value', path, 'value', `${named(path)} is ${show(data)}: expected \`${String(error.params.allowedValue)}\``);
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
      return make('schema/value', path, 'value', `${named(path)} is ${show(data)}: expected one of ${allowed}`);
    }
    case 'pattern':
      return make('schema/value', path, 'value', `${named(path)} is ${show(data)}: expected letters, digits, - and _ only`, 'ids name output files (agencies/<id>.pdf): use pinyin or an English short name');
    default:
      return make('schema/value', path, 'value', `${named(path)} ${error.message ?? 'is not allowed'}`);
  }
}

const typeWords: Record<string, string> = {
  object: 'a mapping of keys',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
};

function typeDiagnostic(
  error: ErrorObject,
  data: unknown,
  path: readonly string[],
  name: string,
  model: FormatCells | undefined,
  make: (code: Code, p: readonly string[], at: 'key' | 'value', message: string, hint?: string) => Diagnostic,
): Diagnostic {
  const cell = model?.byPath.get(path.join('.'));
  const expected = cell ? valueTypeWords[cell.type] : (typeWords[String(error.params.type)] ?? String(error.params.type));
  if (data === null) {
    return make('schema/type', path, 'value', `${name} is blank: expected ${expected}`, cell ? 'write 0 where there is nothing to report; a blank is not 0' : undefined);
  }
  if (typeof data === 'string') {
    const invisible = invisibleBesideNumber(data);
    if (invisible) {
      return make(
        'schema/invisible-character',
        path,
        'value',
        `${name} is “${data}”, the number ${invisible.number} with ${invisible.what.replace(/ (after|before) [-+\d.]+/g, ' $1 it')}: expected ${expected}`,
        `remove ${invisible.what}`,
      );
    }
    const text = data.trim();
    if (fullWidthDigits.test(text)) {
      return make('schema/type', path, 'value', `${name} is “${data}”, written in full-width digits: expected ${expected}`, `write ${toHalfWidth(text)} in half-width (ASCII) digits`);
    }
    if (spreadsheetError.test(text)) {
      return make('schema/type', path, 'value', `${name} is “${text}”, the error a formula gave: expected ${expected}`, 'fix the formula, or type the figure itself');
    }
    if (text.startsWith('=')) {
      return make('schema/type', path, 'value', `${name} is the formula “${text}” with no calculated value: expected ${expected}`, 'open the file in Excel or WPS and save it so the formula is calculated, or type the figure itself');
    }
    if (placeholdersForZero.has(text) || text === '') {
      return make('schema/type', path, 'value', `${name} is “${data}”, a mark that stands for nothing: expected ${expected}`, 'write 0');
    }
    const numeric = /^[-+]?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
    if (numeric) {
      const bare = numeric[0] === text.replace(/,/g, '');
      return make(
        'schema/type',
        path,
        'value',
        `${name} is the text “${data}”: expected ${expected}`,
        bare ? `write ${numeric[0]} without quotes or thousands separators` : `write the number alone (${numeric[0]}), without units`,
      );
    }
  }
  if (typeof data === 'number' && error.params.type === 'integer') {
    return make('schema/type', path, 'value', `${name} is ${data}: expected ${expected}`, 'counts are whole numbers');
  }
  return make('schema/type', path, 'value', `${name} is ${show(data)}: expected ${expected}`);
}
