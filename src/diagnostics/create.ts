// Builds a Diagnostic with the severity its code has in the catalog.
import { catalog, type Code } from './catalog.js';
import type { Diagnostic, Related } from './diagnostic.js';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path?: readonly string[];
  readonly message: string;
  readonly hint?: string;
  readonly related?: readonly Related[];
}

export function createDiagnostic(code: Code, finding: Finding): Diagnostic {
  const { path = [], hint, related, ...rest } = finding;
  return {
    code,
    severity: catalog[code].severity,
    ...rest,
    path,
    ...(hint === undefined ? {} : { hint }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}
