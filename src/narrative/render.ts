// The office's Markdown with placeholders → text bound to the figures. Every placeholder
// is checked against the data before anything is rendered, so a name that is not a
// figure is a located error, never an empty string.
import { closest, distance } from 'fastest-levenshtein';
import Handlebars from 'handlebars';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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

/** Checks a template against the context; returns the problems found, each located. */
function noPreviousFigure(name: string, what: string, previous: PreviousSource | undefined): { message: string; hint: string } {
  const message = `{{${name}}} compares with last year, but`;
  if (!previous) return { message: `${message} report.yaml names no last year's report`, hint: "name last year's consolidated report.json as `previous:` in report.yaml" };
  if (previous.otherFormat) {
    return {
      message: `${message} last year's report (${previous.file}) is in ${previous.otherFormat}, which has no ${what}`,
      hint: 'across the change of national format, compare only figures both formats have',
    };
  }
  return { message: `${message} last year's report (${previous.file}) has no ${what}`, hint: 'compare a figure last year\'s report gives' };
}

function checkTemplate(program: hbs.AST.Program, context: NarrativeContext, source: NarrativeSource, previous: PreviousSource | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fail = (node: hbs.AST.Node, message: string, hint?: string): undefined => {
    diagnostics.push(
      createDiagnostic('narrative/placeholder', {
        file: source.file,
        line: node.loc.start.line + (source.lineOffset ?? 0),
        column: node.loc.start.column + 1,
        message,
        hint,
      }),
    );
    return undefined;
  };

  const evaluatePath = (path: hbs.AST.PathExpression): Value | undefined => {
    if (path.data || path.parts.length === 0) return fail(path, `{{${path.original}}} names no figure`);
    const found = lookup(context, path.parts);
    if (found instanceof Figure) return { kind: 'figure', figure: found };
    if (typeof found === 'string' || typeof found === 'number') return { kind: 'text' };
    if (found !== undefined && found !== null && typeof found === 'object') {
      const keys = Object.keys(found).slice(0, 8).join(', ');
      return fail(path, `{{${path.original}}} names a group of figures, not one figure`, `name one of its cells: ${path.original}.{${keys}}`);
    }
    const guess = closestFigure(context, path.original);
    return fail(path, `{{${path.original}}} names no figure of this report`, guess ? `did you mean {{${guess}}}?` : 'figures are named by their YAML key path, e.g. requests.received.total');
  };

  const evaluateCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression): Value | undefined => {
    const name = (node.path as hbs.AST.PathExpression).original;
    if (node.params.length === 0) return evaluatePath(node.path as hbs.AST.PathExpression);
    if (!isHelper(name)) return fail(node, `{{${name} …}}: there is no helper "${name}"`, `helpers: ${Object.keys(helperSpecs).join(', ')}`);
    const spec = helperSpecs[name];
    if (node.params.length < spec.min || node.params.length > spec.max) {
      return fail(node, `{{${name}}} takes ${spec.min === spec.max ? spec.min : `${spec.min} or more`} figure(s), got ${node.params.length}`);
    }
    const args: Figure[] = [];
    for (const param of node.params) {
      const value = evaluateExpression(param);
      if (!value) return undefined;
      if (value.kind !== 'figure') return fail(param, `{{${name}}} needs a figure, and ${describe(param)} is text`);
      if (spec.previous && value.figure.previous === undefined) {
        const { message, hint } = noPreviousFigure(name, describe(param), previous);
        return fail(param, message, hint);
      }
      if (name === 'change' && value.figure.type === 'signed') {
        return fail(param, `{{change}} gives a percentage change, and ${describe(param)} is already a signed change (本年增/减)`, `use {{delta ${describe(param)}}} for the difference, or print it as it is`);
      }
      args.push(value.figure);
    }
    if (name === 'percent' && isZero(args[1].value)) {
      return fail(node.params[1], `{{percent}} divides by ${describe(node.params[1])}, which is 0 in this report: a share of nothing is not a percentage`, 'write the sentence without the share, or use another figure as the whole');
    }
    const result = helpers[name](...args);
    return result instanceof Figure ? { kind: 'figure', figure: result } : { kind: 'text' };
  };

  const evaluateExpression = (node: hbs.AST.Expression): Value | undefined => {
    if (node.type === 'PathExpression') return evaluatePath(node as hbs.AST.PathExpression);
    if (node.type === 'SubExpression') return evaluateCall(node as hbs.AST.SubExpression);
    return fail(node, `a literal ${describe(node)} is not a figure`);
  };

  for (const statement of program.body) {
    if (statement.type === 'MustacheStatement') evaluateCall(statement as hbs.AST.MustacheStatement);
    else if (statement.type === 'BlockStatement' || statement.type === 'PartialStatement' || statement.type === 'DecoratorBlock') {
      fail(statement, 'blocks and partials are not supported in narratives: write the sentence out and use figures');
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
      return { ok: false, diagnostics: [createDiagnostic('narrative/syntax', { file: source.file, line, column: 1, message: `the placeholders cannot be read: ${message.split('\n')[0]}`, hint: 'a placeholder is {{key.path}} or {{helper key.path}}; to write braces, escape them as \\{{' })] };
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
