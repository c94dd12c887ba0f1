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

export type { FormatDescription } from './types.js';
