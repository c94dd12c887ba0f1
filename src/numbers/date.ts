// Dates as Chinese reports print them: 2021年3月31日. A build's date is the day in China
// (UTC+8, no daylight saving) at the build's instant, so 07:30 Beijing time on 31 January
// is 31 January wherever the build runs; report.yaml `date:` names the day outright.
const chinaOffsetMs = 8 * 60 * 60 * 1000;

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The calendar day in China at an instant. */
export function dayInChina(instant: Date): CalendarDay {
  const shifted = new Date(instant.getTime() + chinaOffsetMs);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `2021-03-31` as a calendar day, or undefined when it is not a real date. */
export function parseIsoDay(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : undefined;
}

export function chineseDate(day: CalendarDay): string {
  return `${day.year}年${day.month}月${day.day}日`;
}
