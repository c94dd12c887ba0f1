// Ties literal numbers in a part to the figures the vocabulary says they stand for: the
// phrasing nearest before the number, in the same clause, with a unit of the right kind.
// A number in a comparison with last year, a share of the whole (a group, a unit,
// 分别 lists) or after two figures' words joined by 和/及/、 is tied to nothing.
import { Decimal } from 'decimal.js';
import type { FigureMap } from '../../consolidate/complete.js';
import { pathKey } from '../../formats/cells.js';
import { narrowingWords, type ResolvedTerm } from '../../formats/vocabulary.js';
import { comparisonWords, literalNumbers, partWords, type LiteralNumber } from './text.js';
import type { ProseContext, ProsePart } from './types.js';

export interface Tie {
  readonly number: LiteralNumber;
  readonly term: ResolvedTerm;
  /** The figure, in the unit the prose wrote. */
  readonly figure: Decimal;
  /** The figure as the tables print it. */
  readonly printed: string;
  readonly equal: boolean;
}

// The units the tables' counts are written in; 份, 条 and 项 count documents and items, not applications or cases.
const countUnits = new Set(['件', '件次', '宗', '起']);
const moneyScale: Record<string, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };
const conjunction = /(?:和|及|与|、|或|以及|并)$/;
/** 因本机关不掌握相关信息而无法提供的738件: a reason before the words makes the number one row of the group. */
const reasonBefore = /(?:因|由于)[^，。；]*而$/;

function figureValue(term: ResolvedTerm, figures: FigureMap): Decimal | undefined {
  let sum = new Decimal(0);
  for (const path of term.paths) {
    const v = figures.get(pathKey(path));
    if (v === undefined) return undefined;
    sum = sum.plus(typeof v === 'number' ? new Decimal(v) : v);
  }
  return sum;
}

/** The figure in the prose's unit, or undefined where the unit does not fit the term. */
function inUnit(term: ResolvedTerm, figure: Decimal, unit: string): Decimal | undefined {
  if (term.type === 'count' || term.type === 'signed') return countUnits.has(unit) ? figure : undefined;
  const scale = moneyScale[unit];
  if (scale === undefined) return undefined;
  const inYuan = term.type === 'wan' ? figure.times(10_000) : figure;
  return inYuan.dividedBy(scale);
}

function nearestTerm(number: LiteralNumber, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  let best: { term: ResolvedTerm; start: number; end: number } | undefined;
  const matches: { start: number; end: number }[] = [];
  for (const term of terms) {
    for (const m of number.before.matchAll(term.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      matches.push({ start, end });
      if (!best || end > best.end || (end === best.end && start < best.start)) best = { term, start, end };
    }
  }
  if (!best) return undefined;
  if (narrowingWords.test(number.before.slice(best.end))) return undefined;
  // 予以公开和部分公开的共…件: two figures' words joined, the number is their sum.
  const head = number.before.slice(0, best.start);
  if (conjunction.test(head) && matches.some((m) => m.end <= best!.start)) return undefined;
  if (reasonBefore.test(head)) return undefined;
  return best.term;
}

export function tiesIn(part: ProsePart, context: ProseContext): Tie[] {
  const qualifiers = [...partWords, ...(context.qualifiers ?? [])].filter((q) => q.length > 0);
  const ties: Tie[] = [];
  for (const number of literalNumbers(part.text)) {
    if (number.unit === '' || comparisonWords.test(number.clause)) continue;
    if (qualifiers.some((q) => number.clause.includes(q))) continue;
    const usable = context.terms.filter((t) => {
      if (t.requires && !t.requires.test(number.sentence)) return false;
      const value = figureValue(t, context.figures);
      return value !== undefined && inUnit(t, value, number.unit) !== undefined;
    });
    const term = nearestTerm(number, usable);
    if (!term) continue;
    const figure = inUnit(term, figureValue(term, context.figures)!, number.unit)!;
    // Prose may round an amount: 12.35万元 stands for 12.3456 when written to two places.
    const places = number.written.split('.')[1]?.length ?? 0;
    const equal = term.type === 'count' || term.type === 'signed' ? figure.equals(number.value) : figure.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).equals(number.value);
    const printed = term.type === 'count' || term.type === 'signed' ? figure.toFixed() : `${figure.toFixed()}${number.unit}`;
    ties.push({ number, term, figure, printed, equal });
  }
  return ties;
}
