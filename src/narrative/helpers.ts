// The placeholders' helpers. Each takes figures and gives text or a figure; none can
// print an empty string for a figure it does not have (render.ts checks that first).
import type { FigureValue } from '../consolidate/complete.js';
import { addCounts, subtractCounts, type Count } from '../numbers/count.js';
import { sumAmounts, toAmount } from '../numbers/decimal.js';
import { formatChange, formatPercent } from '../numbers/format.js';
import { Figure, numeric, printValue } from './figure.js';

function sumValues(values: readonly FigureValue[]): FigureValue {
  if (values.every((v): v is Count => typeof v !== 'object')) return values.reduce<Count>(addCounts, 0);
  return sumAmounts(values.map((v) => (typeof v === 'object' ? v : toAmount(v.toString()))));
}

const absCount = (value: Count): Count => (value < 0 ? subtractCounts(0, value) : value);

const helperArity = {
  change: { min: 1, max: 1, previous: true, returns: 'text' },
  delta: { min: 1, max: 1, previous: true, returns: 'text' },
  previous: { min: 1, max: 1, previous: true, returns: 'text' },
  sum: { min: 2, max: Infinity, previous: false, returns: 'figure' },
  percent: { min: 2, max: 2, previous: false, returns: 'text' },
} as const;

export type HelperName = keyof typeof helperArity;
export const helperSpecs: Readonly<Record<HelperName, { min: number; max: number; previous: boolean; returns: 'text' | 'figure' }>> = helperArity;

export const helpers: Record<HelperName, (...args: Figure[]) => string | Figure> = {
  /** 增加5.2% / 减少3.1% / 持平 */
  change: (figure) => formatChange(numeric(figure.value), numeric(figure.previous!)),
  /** 增加12 / 减少3 / 持平 */
  delta: (figure) => {
    const now = numeric(figure.value);
    const before = numeric(figure.previous!);
    if (now === before) return '持平';
    const [value, previous] = [figure.value, figure.previous!];
    const diff = typeof value !== 'object' && typeof previous !== 'object' ? absCount(subtractCounts(value, previous)) : toAmount(value.toString()).minus(previous.toString()).abs();
    return `${now > before ? '增加' : '减少'}${printValue(diff, figure.type)}`;
  },
  previous: (figure) => printValue(figure.previous!, figure.type),
  sum: (...figures) => {
    const previous = figures.every((f) => f.previous !== undefined) ? sumValues(figures.map((f) => f.previous!)) : undefined;
    return new Figure(sumValues(figures.map((f) => f.value)), figures[0].type, previous);
  },
  percent: (part, whole) => formatPercent(numeric(part.value), numeric(whole.value)),
};
