// The office's Markdown with placeholders → text bound to the figures. Every placeholder
// is checked against the data before anything is rendered, so a name that is not a
// figure is a located error, never an empty string.
import { closest, distance } from 'fastest-levenshtein';
import Handlebars from 'handlebars';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageData } from '../diagnostics/messages/index.js';
import type { FigureValue } from '../consolidate/complete.js';
import { Figure } from './figure.js';
import { helpers, helperSpecs, type HelperName } from './helpers.js';
import { unfilledInstructions } from './unfilled.js';
import type { NarrativeContext } from './context.js';

export interface NarrativeSource {
  readonly file: string;
  readonly text: string;
  /** Added to template lines, when the template sits inside a larger file. */
  readonly lineOffset?: number;
}

/** Last year's report, when report.yaml names one: for the hint of a comparison that cannot be made. */
export interface PreviousSource {
  readonly file: string;
  /** Its format, when it is not this year's (the 2020 → 2021 change). */
  readonly otherFormat?: string;
}

export type RenderedNarrative = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

type Value = { kind: 'figure'; figure: Figure } | { kind: 'text' };

const isHelper = (name: string): name is HelperName => Object.hasOwn(helperSpecs, name);

function lookup(context: NarrativeContext, parts: readonly string[]): unknown {
  let node: unknown = context;
  for (const part of parts) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Why `{{name …}}` has no last year's figure to compare with: a narrative/placeholder message id and its data. */
function noPreviousFigure(name: string, argument: string, previous: PreviousSource | undefined): { messageId: string; data: MessageData } {
  const placeholder = `{{${name}}}`;
  if (!previous) return { messageId: 'noPrevious', data: { placeholder } };
  if (previous.otherFormat) return { messageId: 'previousOtherFormat', data: { placeholder, file: previous.file, format: previous.otherFormat, argument } };
  return { messageId: 'previousMissing', data: { placeholder, file: previous.file, argument } };
}

/** Checks a template against the context; returns the problems found, each located. */
function checkTemplate(program: hbs.AST.Program, context: NarrativeContext, source: NarrativeSource, previous: PreviousSource | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fail = (node: hbs.AST.Node, messageId: string, data: MessageData): undefined => {
    diagnostics.push(
      createDiagnostic('narrative/placeholder', {
        file: source.file,
        line: node.loc.start.line + (source.lineOffset ?? 0),
        column: node.loc.start.column + 1,
        messageId,
        data,
      }),
    );
    return undefined;
  };

  const evaluatePath = (path: hbs.AST.PathExpression): Value | undefined => {
    const placeholder = `{{${path.original}}}`;
    if (path.data || path.parts.length === 0) return fail(path, 'noFigure', { placeholder });
    const found = lookup(context, path.parts);
    if (found instanceof Figure) return { kind: 'figure', figure: found };
    if (typeof found === 'string' || typeof found === 'number') return { kind: 'text' };
    if (found !== undefined && found !== null && typeof found === 'object') {
      const keys = Object.keys(found).slice(0, 8).join(', ');
      return fail(path, 'group', { placeholder, cells: `${path.original}.{${keys}}` });
    }
    const guess = closestFigure(context, path.original);
    return guess ? fail(path, 'unknown', { placeholder, guess: `{{${guess}}}` }) : fail(path, 'unknownNoGuess', { placeholder });
  };

  const evaluateCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression): Value | undefined => {
    const name = (node.path as hbs.AST.PathExpression).original;
    if (node.params.length === 0) return evaluatePath(node.path as hbs.AST.PathExpression);
    if (!isHelper(name)) return fail(node, 'noHelper', { call: `{{${name} …}}`, name, helpers: Object.keys(helperSpecs).join(', ') });
    const spec = helperSpecs[name];
    const placeholder = `{{${name}}}`;
    if (node.params.length < spec.min || node.params.length > spec.max) {
      return fail(node, spec.min === spec.max ? 'arity' : 'arityAtLeast', { placeholder, min: spec.min, count: node.params.length });
    }
    const args: Figure[] = [];
    for (const param of node.params) {
      const value = evaluateExpression(param);
      if (!value) return undefined;
      if (value.kind !== 'figure') return fail(param, 'text', { placeholder, argument: describe(param) });
      if (spec.previous && value.figure.previous === undefined) {
        const { messageId, data } = noPreviousFigure(name, describe(param), previous);
        return fail(param, messageId, data);
      }
      if (name === 'change' && value.figure.type === 'signed') {
        return fail(param, 'signedChange', { placeholder, argument: describe(param), delta: `{{delta ${describe(param)}}}` });
      }
      args.push(value.figure);
    }
    if (name === 'percent' && isZero(args[1].value)) {
      return fail(node.params[1], 'percentOfZero', { placeholder, argument: describe(node.params[1]) });
    }
    const result = helpers[name](...args);
    return result instanceof Figure ? { kind: 'figure', figure: result } : { kind: 'text' };
  };

  const evaluateExpression = (node: hbs.AST.Expression): Value | undefined => {
    if (node.type === 'PathExpression') return evaluatePath(node as hbs.AST.PathExpression);
    if (node.type === 'SubExpression') return evaluateCall(node as hbs.AST.SubExpression);
    return fail(node, 'literal', { argument: describe(node) });
  };

  for (const statement of program.body) {
    if (statement.type === 'MustacheStatement') evaluateCall(statement as hbs.AST.MustacheStatement);
    else if (statement.type === 'BlockStatement' || statement.type === 'PartialStatement' || statement.type === 'DecoratorBlock') {
      fail(statement, 'block', {});
    }
  }
  return diagnostics;
}

function isZero(value: FigureValue): boolean {
  return typeof value === 'object' ? value.isZero() : Number(value) === 0;
}

function figurePaths(node: unknown, prefix: string, out: string[]): string[] {
  if (node instanceof Figure || typeof node === 'string' || typeof node === 'number') out.push(prefix);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) figurePaths(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function closestFigure(context: NarrativeContext, name: string): string | undefined {
  const candidates = figurePaths(context, '', []);
  const guess = closest(name, candidates);
  return distance(name, guess) <= Math.max(2, Math.floor(name.length / 4)) ? guess : undefined;
}

function describe(node: hbs.AST.Node): string {
  return 'original' in node ? String((node as { original: unknown }).original) : node.type;
}

/**
 * Narratives parsed and compiled, by their text: the reports of one build share them (every
 * agency's default prose is the same template), since Handlebars parses and compiles slowly.
 */
export type NarrativeTemplates = Map<string, { readonly program: hbs.AST.Program; template?: HandlebarsTemplateDelegate }>;

export function renderNarrative(source: NarrativeSource, context: NarrativeContext, previous?: PreviousSource, templates: NarrativeTemplates = new Map()): RenderedNarrative {
  let known = templates.get(source.text);
  if (!known) {
    try {
      known = { program: Handlebars.parse(source.text) };
    } catch (error) {
      const message = String((error as Error).message);
      const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1) + (source.lineOffset ?? 0);
      // Handlebars' first line is "Parse error on line N:" (its English); any other error is quoted.
      const at: { messageId?: string; data: MessageData } = /^Parse error on line \d+:$/.test(message.split('\n')[0]) ? { data: { line } } : { messageId: 'other', data: { error: message.split('\n')[0] } };
      return { ok: false, diagnostics: [createDiagnostic('narrative/syntax', { file: source.file, line, column: 1, ...at })] };
    }
    templates.set(source.text, known);
  }
  const program = known.program;
  const diagnostics = [...unfilledInstructions(source), ...checkTemplate(program, context, source, previous)];
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  if (!known.template) {
    const env = Handlebars.create();
    for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, (...args: unknown[]) => (helper as (...a: unknown[]) => unknown)(...args.slice(0, -1)));
    // From the text, not `program`: Handlebars' compiler rewrites parts of the tree it compiles, and `program` is checked again for the next report.
    known.template = env.compile(source.text, { noEscape: true, strict: true, knownHelpers: Object.fromEntries(Object.keys(helpers).map((h) => [h, true])), knownHelpersOnly: true });
  }
  return { ok: true, text: known.template(context) };
}
