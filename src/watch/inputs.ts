// The files a watch session follows besides the submissions: report.yaml and every file
// it names. Read from the last report.yaml that could be read, so an edit that names a
// new narrative or roster is followed from the next build on.
import type { ReportConfig } from '../load/config.js';
import { joinPath } from '../load/files.js';

/** report.yaml, and the roster, previous.json, narratives, fonts and page template it names (paths as joinPath makes them). */
export function namedInputs(dir: string, config: ReportConfig | undefined): string[] {
  const named = [joinPath(dir, 'report.yaml')];
  if (!config) return named;
  const relative = [config.roster, config.previous, ...Object.values(config.narrative), config.fonts.body, config.fonts.heading, config.htmlTemplate];
  for (const path of relative) if (path) named.push(joinPath(dir, path));
  return named;
}
