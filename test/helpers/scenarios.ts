// What a CLI scenario folder must hold besides `cmd` and the files it reads.
import { existsSync } from 'node:fs';

export const goldens = ['stdout', 'stderr', 'status'] as const;

/** The goldens a scenario lacks: a scenario that cannot compare must not pass. */
export function missingGoldens(dir: string): string[] {
  return goldens.filter((g) => !existsSync(`${dir}/${g}`));
}
