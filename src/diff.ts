// `report diff` without the disk: two builds' report.json compared into a 更正说明 —
// every published figure that changed (part, row and column as printed, old → new),
// units added or removed, narrative parts whose text changed.
import { Decimal } from 'decimal.js';
import type { ReportJsonProblemId } from './diagnostics/messages/usage.js';
import { cellsOf } from './formats/cells.js';
import { valueAt } from './formats/figures.js';
import { findFormat } from './formats/index.js';
import { printedPlaces } from './formats/printed.js';
import { proseHeadings } from './formats/shared.js';
import { byCodeUnit } from './order.js';
import { textGrid } from './render/appendices.js';
import type { Section } from './render/document.js';

export interface ChangedFigure {
  readonly key: string;
  readonly part: string;
  readonly row: string;
  readonly column: string;
  readonly old: string;
  readonly new: string;
}

export interface UnitNamed {
  readonly id: string;
  readonly name: string;
}

export interface Correction {
  readonly figures: readonly ChangedFigure[];
  readonly unitsAdded: readonly UnitNamed[];
  readonly unitsRemoved: readonly UnitNamed[];
  /** Units summed in both whose file changed (another sha256). */
  readonly unitsResubmitted: readonly UnitNamed[];
  /** Printed headings of the narrative parts whose text changed. */
  readonly narrative: readonly string[];
}

/** Why two report.json cannot be compared: an id of the messages' reportJsonProblems and its data. */
export interface DiffProblem {
  readonly id: ReportJsonProblemId;
  readonly data: Readonly<Record<string, string>>;
}

export type DiffResult = { readonly ok: true; readonly correction: Correction } | { readonly ok: false; readonly problem: DiffProblem };

const partHeadings: Readonly<Record<string, string>> = { preface: '前言', ...proseHeadings };

type Json = Readonly<Record<string, unknown>>;

function unitsOf(report: Json): Map<string, { id: string; name: string; sha256?: string }> {
  const list = Array.isArray(report.units) ? (report.units as { id?: unknown; name?: unknown; sha256?: unknown }[]) : [];
  const map = new Map<string, { id: string; name: string; sha256?: string }>();
  for (const u of list) {
    if (typeof u?.id === 'string') map.set(u.id, { id: u.id, name: typeof u.name === 'string' ? u.name : u.id, sha256: typeof u.sha256 === 'string' ? u.sha256 : undefined });
  }
  return map;
}

/** Marks a number read from report.json: its digits are kept as written, not rounded to a double. */
const numberMark = '\u0000number:';

/**
 * report.json parsed without rounding: a sum may have more digits than a double keeps
 * (amounts of many units, counts beyond 2^53), and a correction must not miss a change
 * in the last digit. Every number becomes its text, marked; strings are left alone.
 */
export function parseReportJson(text: string): unknown {
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/g, (token) =>
    token.startsWith('"') ? token : JSON.stringify(numberMark + token),
  );
  return JSON.parse(marked);
}

/** A value as a correction prints it: numbers exactly, in plain decimal notation. */
function printed(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string' && v.startsWith(numberMark)) return new Decimal(v.slice(numberMark.length)).toFixed();
  return String(v);
}

/** Compares last build (`old`) with this one (`next`); both report.json documents, read by parseReportJson. */
export function diffReports(old: unknown, next: unknown): DiffResult {
  if (!isObject(old) || !isObject(next)) return { ok: false, problem: { id: 'not-object', data: {} } };
  const format = findFormat(next.format);
  if (!format) return { ok: false, problem: { id: 'format-unknown', data: { format: printed(next.format) } } };
  if (old.format !== next.format) return { ok: false, problem: { id: 'formats-differ', data: { old: printed(old.format), new: printed(next.format) } } };
  const places = printedPlaces(format);
  const figures: ChangedFigure[] = [];
  for (const cell of cellsOf(format).cells) {
    const a = valueAt(old, cell.path);
    const b = valueAt(next, cell.path);
    if (printed(a) === printed(b)) continue;
    const place = places.get(cell.key) ?? { part: '', row: cell.label, column: '' };
    figures.push({ key: cell.key, ...place, old: printed(a), new: printed(b) });
  }
  const before = unitsOf(old);
  const after = unitsOf(next);
  const byId = (a: UnitNamed, b: UnitNamed): number => byCodeUnit(a.id, b.id);
  const named = (u: { id: string; name: string }): UnitNamed => ({ id: u.id, name: u.name });
  const narrativeOf = (r: Json): Json => (isObject(r.narrative) ? r.narrative : {});
  return {
    ok: true,
    correction: {
      figures,
      unitsAdded: [...after.values()].filter((u) => !before.has(u.id)).map(named).sort(byId),
      unitsRemoved: [...before.values()].filter((u) => !after.has(u.id)).map(named).sort(byId),
      unitsResubmitted: [...after.values()].filter((u) => before.has(u.id) && before.get(u.id)!.sha256 !== u.sha256).map(named).sort(byId),
      narrative: Object.keys(partHeadings).filter((p) => narrativeOf(old)[p] !== narrativeOf(next)[p]).map((p) => partHeadings[p]),
    },
  };
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function isUnchanged(c: Correction): boolean {
  return c.figures.length + c.unitsAdded.length + c.unitsRemoved.length + c.unitsResubmitted.length + c.narrative.length === 0;
}

const unitList = (units: readonly UnitNamed[]): string => units.map((u) => `${u.name}（${u.id}）`).join('、');

function sentences(c: Correction): string[] {
  if (isUnchanged(c)) return ['与此前发布的版本相比，本报告的数据和文字均无变化。'];
  const out = [`与此前发布的版本相比，本报告更正数据${c.figures.length}项${c.figures.length > 0 ? '，详见下表' : ''}。`];
  if (c.unitsAdded.length > 0) out.push(`新增汇总单位${c.unitsAdded.length}个：${unitList(c.unitsAdded)}。`);
  if (c.unitsRemoved.length > 0) out.push(`不再汇总的单位${c.unitsRemoved.length}个：${unitList(c.unitsRemoved)}。`);
  if (c.unitsResubmitted.length > 0) out.push(`重新报送数据的单位${c.unitsResubmitted.length}个：${unitList(c.unitsResubmitted)}。`);
  if (c.narrative.length > 0) out.push(`文字有修改的部分：${c.narrative.join('；')}。`);
  return out;
}

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');

/** The note as Markdown, what `report diff` prints. */
export function correctionMarkdown(c: Correction): string {
  const lines = ['## 更正说明', '', ...sentences(c).flatMap((s) => [s, ''])];
  if (c.figures.length > 0) {
    lines.push('| 部分 | 行 | 列 | 原数据 | 更正后 |', '| :--- | :--- | :--- | ---: | ---: |');
    for (const f of c.figures) lines.push(`| ${[f.part, f.row, f.column, f.old, f.new].map(escapeCell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The note as an appendix of the report. */
export function correctionSection(c: Correction): Section {
  return {
    heading: '附：更正说明',
    text: sentences(c).join('\n\n'),
    ...(c.figures.length > 0 ? { grid: textGrid('更正说明', ['部分', '行', '列', '原数据', '更正后'], c.figures.map((f) => [f.part, f.row, f.column, f.old, f.new])) } : {}),
  };
}
