// The reporters, by the name --reporter takes.
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { prettyReporter } from './pretty.js';
import type { ReporterName } from './names.js';
import type { Reporter } from './types.js';

export const reporters: Readonly<Record<string, Reporter>> = {
  github: githubReporter,
  json: jsonReporter,
  pretty: prettyReporter,
} satisfies Record<ReporterName, Reporter>;

export type { Reporter, ReporterOptions } from './types.js';
