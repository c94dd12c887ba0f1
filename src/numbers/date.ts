// Dates as Chinese reports print them: 2021年3月31日 (UTC, so builds are reproducible).
export function chineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
