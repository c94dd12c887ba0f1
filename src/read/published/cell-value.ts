// A printed cell's text → the figure it states, exactly, and how the reading departed
// from a literal copy (each departure becomes an import/* note at the cell).
import { Decimal } from 'decimal.js';
import type { ValueType } from '../../formats/types.js';

export type ReadingNote =
  | { readonly code: 'import/placeholder-zero'; readonly text: string }
  | { readonly code: 'import/unit'; readonly text: string }
  | { readonly code: 'import/yuan-to-wan'; readonly text: string; readonly value: string }
  | { readonly code: 'import/full-width'; readonly text: string }
  | { readonly code: 'import/thousands'; readonly text: string };

export type CellReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number; readonly notes: readonly ReadingNote[] }
  /** `reason` is the import/unreadable message: not a number, a number with a unit it cannot drop, or too many digits. */
  | { readonly kind: 'unreadable'; readonly text: string; readonly reason: 'default' | 'unit' | 'digits'; readonly unit?: string };

/** What printed reports put in a cell that means nothing happened. */
const zeroPlaceholders = new Set(['/', '-', '—', '——', '–', '无', '空', '×']);

/** Blanks of every kind offices type: spaces, &nbsp;, the ideographic space, zero-width ones. */
export const stripBlanks = (text: string): string => text.replace(/[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g, '');

const fullWidth = /[０-９．－，＋]/g;

const counting = new Set(['件', '个', '项', '次', '人次', '宗', '条']);

const shape = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|.{1,2})?$/u;

export function readCellValue(printed: string, type: ValueType): CellReading {
  let text = stripBlanks(printed);
  if (text === '') return { kind: 'blank' };
  const notes: ReadingNote[] = [];
  if (zeroPlaceholders.has(text)) return { kind: 'number', value: 0, notes: [{ code: 'import/placeholder-zero', text }] };
  if (fullWidth.test(text)) {
    notes.push({ code: 'import/full-width', text });
    text = text.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  }
  const match = shape.exec(text);
  if (!match) return { kind: 'unreadable', text: printed.trim(), reason: 'default' };
  const [, sign, whole, fraction, unit] = match;
  if (whole.includes(',')) notes.push({ code: 'import/thousands', text });
  let digits = `${sign === '-' ? '-' : ''}${whole.replace(/,/g, '')}${fraction === undefined ? '' : `.${fraction}`}`;
  if (unit !== undefined) {
    const money = type === 'wan' || type === 'yuan';
    if (money && unit === '元' && type === 'wan') {
      const converted = new Decimal(digits).div(10000).toFixed();
      notes.push({ code: 'import/yuan-to-wan', text, value: converted });
      digits = converted;
    } else if (money && unit === '万元' && type === 'yuan') {
      const converted = new Decimal(digits).mul(10000).toFixed();
      notes.push({ code: 'import/yuan-to-wan', text, value: converted });
      digits = converted;
    } else if ((money && (unit === '元' || unit === '万元')) || (!money && counting.has(unit))) {
      notes.push({ code: 'import/unit', text });
    } else {
      return { kind: 'unreadable', text: printed.trim(), reason: 'unit', unit };
    }
  }
  const value = Number(digits);
  // Exact or nothing: the number must print back as the same digits.
  if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)) || new Decimal(digits).toFixed() !== new Decimal(value).toFixed()) {
    return { kind: 'unreadable', text: printed.trim(), reason: 'digits' };
  }
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, notes };
}
