// report.yaml: the compiling office's settings, checked against their own schema.
import { idPattern } from '../formats/shared.js';
import { findFormat, formatForYear, formatIds, formatYearConflict } from '../formats/index.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { FormatDescription } from '../formats/types.js';
import { catalog } from '../diagnostics/catalog.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseIsoDay, type CalendarDay } from '../numbers/date.js';
import { precompiledCheck } from '../schema/precompiled.js';
import { schemaErrorsToDiagnostics } from '../schema/errors.js';
import { locatable, positionOf } from './position.js';
import { slashed } from './files.js';
import type { SourceFile } from './source.js';

import { outputFormats, type OutputFormat } from './output-formats.js';
export { outputFormats, type OutputFormat } from './output-formats.js';

export const narrativeParts = ['preface', 'overview', 'problems', 'other'] as const;
export type NarrativePart = (typeof narrativeParts)[number];

/** The charts a report can show: part 三's applicants and results, part 四's outcomes, and last year against this. */
export const chartIds = ['applicants', 'results', 'appeals', 'change'] as const;
export type ChartId = (typeof chartIds)[number];
/** An agency's own report has no last year's figures, so no `change` chart. */
export const agencyChartIds = ['applicants', 'results', 'appeals'] as const;
export const chartPlaces = ['after-table', 'appendix'] as const;
export type ChartPlace = (typeof chartPlaces)[number];

export interface ChartChoice {
  /** The consolidated report's charts: all four unless report.yaml says otherwise (`change` only with previous.json). */
  readonly report: readonly ChartId[];
  /** Each agency's own report (--per-agency): none unless report.yaml says otherwise. */
  readonly agencies: readonly ChartId[];
  readonly place: ChartPlace;
}

export const appendixKinds = ['coverage'] as const;
export type AppendixKind = (typeof appendixKinds)[number];

/** A finding the office accepts, with the reason published in the appendix 说明. */
export interface Explanation {
  readonly code: string;
  /** A file (relative to the project folder) or a key path the finding is about. */
  readonly path?: string;
  /** Words on the offending line (or in the message). */
  readonly quote?: string;
  readonly reason: string;
}

export interface ReportConfig {
  readonly id: string;
  readonly title: string;
  readonly region: string;
  readonly year: number;
  readonly format: FormatDescription;
  readonly compiledBy: string;
  /** The date printed under the signature; the build's day in China when not given. */
  readonly date?: CalendarDay;
  readonly contact: { readonly phone?: string; readonly email?: string; readonly website?: string; readonly address?: string };
  readonly submissions: readonly string[];
  readonly roster?: string;
  readonly previous?: string;
  readonly groups: readonly string[];
  readonly narrative: Readonly<Partial<Record<NarrativePart, string>>>;
  readonly output: { readonly dir: string; readonly formats: readonly OutputFormat[] };
  readonly fonts: { readonly body?: string; readonly heading?: string };
  readonly htmlTemplate?: string;
  readonly explanations: readonly Explanation[];
  readonly appendix: readonly AppendixKind[];
  readonly charts: ChartChoice;
}

const text = { type: 'string', minLength: 1 };

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'report.yaml',
  type: 'object',
  additionalProperties: false,
  required: ['title', 'region', 'year', 'format', 'compiled_by'],
  properties: {
    id: { type: 'string', pattern: idPattern },
    title: text,
    region: text,
    year: { type: 'integer', minimum: 2008, maximum: 2100 },
    format: { enum: formatIds },
    compiled_by: text,
    date: text,
    contact: {
      type: 'object',
      additionalProperties: false,
      properties: { phone: text, email: text, website: text, address: text },
    },
    submissions: { anyOf: [text, { type: 'array', items: text, minItems: 1 }] },
    roster: text,
    previous: text,
    groups: { type: 'array', items: text, uniqueItems: true },
    narrative: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(narrativeParts.map((p) => [p, text])),
    },
    output: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dir: text,
        formats: { type: 'array', items: { enum: [...outputFormats] }, uniqueItems: true },
      },
    },
    fonts: {
      type: 'object',
      additionalProperties: false,
      properties: { body: text, heading: text },
    },
    html_template: text,
    charts: {
      type: 'object',
      additionalProperties: false,
      properties: {
        show: { type: 'array', items: { enum: [...chartIds] }, uniqueItems: true },
        place: { enum: [...chartPlaces] },
        agencies: { type: 'array', items: { enum: [...agencyChartIds] }, uniqueItems: true },
      },
    },
    explanations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'reason'],
        anyOf: [{ properties: { path: text }, required: ['path'] }, { properties: { quote: text }, required: ['quote'] }],
        properties: { code: { enum: Object.keys(catalog) }, path: text, quote: text, reason: text },
      },
    },
    appendix: { type: 'array', items: { enum: [...appendixKinds] }, uniqueItems: true },
  },
} as const;

export type ConfigResult = { readonly config?: ReportConfig; readonly diagnostics: readonly Diagnostic[] };


/** YAML and workbooks; .xls and .et are matched too, so they are named as such rather than passed over. */
export const defaultSubmissions = 'submissions/**/*.{yaml,yml,xlsx,xls,et}';

/** `defaultId` names the report when report.yaml gives no id (the project folder's name). */
export function readConfig(source: SourceFile, defaultId: string): ConfigResult {
  const check = precompiledCheck('config', configSchema);
  const diagnostics = schemaErrorsToDiagnostics(check(source.value), { value: source.value, target: locatable(source), schema: check.schema });
  if (diagnostics.length > 0) return { diagnostics };
  const v = source.value as Record<string, any>; // checked by configSchema above
  const changeAt = (v.charts?.show as string[] | undefined)?.indexOf('change') ?? -1;
  if (changeAt >= 0 && v.previous === undefined) {
    const at = ['charts', 'show', String(changeAt)];
    const { line, column } = positionOf(source, at);
    return { diagnostics: [createDiagnostic('config/chart-needs-previous', { file: source.file, line, column, path: at, data: {} })] };
  }
  const date = v.date === undefined ? undefined : parseIsoDay(v.date);
  if (v.date !== undefined && !date) {
    const { line, column } = positionOf(source, ['date']);
    return { diagnostics: [createDiagnostic('schema/value', { file: source.file, line, column, path: ['date'], messageId: 'date', data: { found: String(v.date) } })] };
  }
  const format = findFormat(v.format)!;
  if (formatYearConflict(format, v.year)) {
    const { line, column } = positionOf(source, ['format']);
    const right = formatForYear(v.year);
    const { from, to } = format.years;
    const messageId = to === undefined ? (right ? 'openEnded' : 'openEndedNoFormat') : right ? 'default' : 'noFormat';
    const data = { format: format.id, year: v.year, from, ...(to === undefined ? {} : { to }), ...(right ? { right: right.id } : {}) };
    return { diagnostics: [createDiagnostic('config/format-year', { file: source.file, line, column, path: ['format'], messageId, data })] };
  }
  // Paths and globs may be written with backslashes, as Windows users do.
  const path = (p: string | undefined): string | undefined => (p === undefined ? undefined : slashed(p));
  const paths = <T extends Record<string, string>>(record: T | undefined): T => Object.fromEntries(Object.entries(record ?? {}).map(([k, p]) => [k, slashed(p)])) as T;
  const submissions = v.submissions ?? defaultSubmissions;
  return {
    diagnostics,
    config: {
      id: v.id ?? (defaultId.replace(/[^A-Za-z0-9_-]/g, '') || 'report'),
      title: v.title,
      region: v.region,
      year: v.year,
      format: findFormat(v.format)!,
      compiledBy: v.compiled_by,
      ...(date ? { date } : {}),
      contact: v.contact ?? {},
      submissions: (Array.isArray(submissions) ? submissions : [submissions]).map(slashed),
      roster: path(v.roster),
      previous: path(v.previous),
      groups: v.groups ?? [],
      narrative: paths(v.narrative),
      output: { dir: slashed(v.output?.dir ?? 'dist'), formats: v.output?.formats ?? ['md', 'html', 'pdf', 'json'] },
      fonts: paths(v.fonts),
      htmlTemplate: path(v.html_template),
      explanations: v.explanations ?? [],
      appendix: v.appendix ?? [],
      charts: { report: v.charts?.show ?? chartIds, agencies: v.charts?.agencies ?? [], place: v.charts?.place ?? 'after-table' },
    },
  };
}
