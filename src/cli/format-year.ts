// `report init` and `report new` refuse a format the year does not use, saying which
// years the format is for and which format the year uses, in the chosen language.
import { UsageError } from '../diagnostics/errors.js';
import { usageMessages } from '../diagnostics/messages/usage.js';
import { bothLanguages } from '../diagnostics/messages/localized.js';
import { formatForYear } from '../formats/index.js';
import type { FormatDescription } from '../formats/types.js';

/** The usage error for `format` on `year` (given as `given`: `--format gb2019`, `gb2021`), or undefined when they agree. */
export function formatYearRefusal(format: FormatDescription, year: number, given: string): UsageError | undefined {
  const right = formatForYear(year);
  if (right === format) return undefined;
  const { from, to } = format.years;
  const years = to === undefined ? bothLanguages(usageMessages['years-from'], { from }) : bothLanguages(usageMessages['years-range'], { from, to });
  const instead = right ? bothLanguages(usageMessages['format-year-right'], { year, right: right.id }) : bothLanguages(usageMessages['format-year-none'], { year });
  return new UsageError('format-year-conflict', { year, given, format: format.id, years, instead });
}
