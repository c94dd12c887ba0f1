// The registry of national formats, by id.
import { gb2019 } from './gb2019.js';
import { gb2021 } from './gb2021.js';
import type { FormatDescription } from './types.js';

export const formats: Readonly<Record<FormatDescription['id'], FormatDescription>> = { gb2019, gb2021 };

export const formatIds = Object.keys(formats) as FormatDescription['id'][];

export function findFormat(id: unknown): FormatDescription | undefined {
  return typeof id === 'string' && Object.hasOwn(formats, id) ? formats[id as FormatDescription['id']] : undefined;
}

/** The format a report on `year` must use. */
export function formatForYear(year: number): FormatDescription | undefined {
  return Object.values(formats).find((f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to));
}

function yearsOf(format: FormatDescription): string {
  return format.years.to === undefined ? `${format.years.from} and later` : `${format.years.from}–${format.years.to}`;
}

/** Why `format` cannot be used for a report on `year`, or undefined when it can. */
export function formatYearConflict(format: FormatDescription, year: number): string | undefined {
  const right = formatForYear(year);
  if (right === format) return undefined;
  const instead = right ? `a report on ${year} uses ${right.id}` : `no national format covers ${year}`;
  return `${format.id} is the format for reports on ${yearsOf(format)}: ${instead}`;
}

export type { FormatDescription } from './types.js';
