// The report's date: the day in China at the build's instant, or report.yaml `date:`.
import { describe, expect, it } from 'vitest';
import { chineseDate, dayInChina, parseIsoDay } from '../../src/numbers/date.js';

describe('dates', () => {
  it('is the day in China (UTC+8): 07:30 Beijing time on 31 January is 31 January', () => {
    // 2021-01-30T23:30Z is 2021-01-31 07:30 in Beijing.
    expect(chineseDate(dayInChina(new Date(Date.UTC(2021, 0, 30, 23, 30))))).toBe('2021年1月31日');
    expect(chineseDate(dayInChina(new Date(Date.UTC(2021, 0, 30, 15, 59))))).toBe('2021年1月30日');
    expect(chineseDate(dayInChina(new Date(Date.UTC(2021, 0, 30, 16, 0))))).toBe('2021年1月31日');
  });

  it('reads YYYY-MM-DD and refuses days the calendar lacks', () => {
    expect(parseIsoDay('2021-03-31')).toEqual({ year: 2021, month: 3, day: 31 });
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2021-13-01', '2021-3-31', '31/03/2021', '2021-03-31T00:00']) expect(parseIsoDay(bad), bad).toBeUndefined();
  });
});
