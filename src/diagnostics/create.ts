// Builds a Diagnostic with the severity its code has in the catalog.
import { catalog, type Code } from './catalog.js';
import type { Diagnostic, Place, Related } from './diagnostic.js';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly place?: Place;
  readonly path?: readonly string[];
  readonly message: string;
  readonly hint?: string;
  readonly related?: readonly Related[];
}

export function createDiagnostic(code: Code, finding: Finding): Diagnostic {
  const { path = [], hint, related, place, ...rest } = finding;
  return {
    code,
    severity: catalog[code].severity,
    ...rest,
    ...(place === undefined ? {} : { place }),
    path,
    ...(hint === undefined ? {} : { hint }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}
