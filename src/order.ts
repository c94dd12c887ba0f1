// String order by UTF-16 code unit, never localeCompare: Chinese labels, ids and paths
// sort the same on every machine, so outputs are reproducible.
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
