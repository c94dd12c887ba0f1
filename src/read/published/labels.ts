// Matching printed labels against the format's: printed reports vary punctuation,
// bracket widths, spacing and line breaks, and sometimes shorten a label.
import { distance } from 'fastest-levenshtein';

/** Only letters and digits survive, full-width folded: （一）予以公开 and (一) 予以 公开 read alike. */
export const loose = (text: string): string => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

export type LabelMatch = 'exact' | 'near' | undefined;

/** `printed` (already loose) against a format label: the same, or close enough to be meant. */
export function matchLabel(printed: string, label: string): LabelMatch {
  const want = loose(label);
  if (printed === '' || want === '') return undefined;
  if (printed === want) return 'exact';
  const shorter = Math.min(printed.length, want.length);
  if (shorter >= 2 && (printed.startsWith(want) || want.startsWith(printed)) && shorter >= Math.min(4, Math.max(printed.length, want.length))) return 'near';
  if (shorter >= 4 && (printed.includes(want) || want.includes(printed))) return 'near';
  const longer = Math.max(printed.length, want.length);
  if (longer >= 5 && distance(printed, want) <= Math.floor(longer / 5)) return 'near';
  return undefined;
}

/** The candidates whose label matches best: every exact match, or failing that every near one. */
export function bestMatches<T>(printed: string, candidates: readonly T[], labelOf: (c: T) => string): T[] {
  const exact = candidates.filter((c) => matchLabel(printed, labelOf(c)) === 'exact');
  return exact.length > 0 ? exact : candidates.filter((c) => matchLabel(printed, labelOf(c)) === 'near');
}
