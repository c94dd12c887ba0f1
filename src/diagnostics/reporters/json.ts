// --reporter json: the shape cli.md documents, for tools and CI.
import { countBySeverity } from '../diagnostic.js';
import { placeFields } from './place.js';
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = (diagnostics, { files, verdicts }) =>
  JSON.stringify(
    {
      diagnostics: diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        ...placeFields(d.place),
        severity: d.severity,
        code: d.code,
        message: d.message,
        path: d.path.join('.'),
        ...(d.hint === undefined ? {} : { hint: d.hint }),
        ...(d.explained === undefined ? {} : { explained: d.explained }),
        ...(d.related === undefined ? {} : { related: d.related.map(({ place, ...r }) => ({ ...r, ...placeFields(place), path: r.path.join('.') })) }),
      })),
      summary: { files, ...countBySeverity(diagnostics) },
      ...(verdicts === undefined ? {} : { reports: verdicts }),
    },
    null,
    2,
  ) + '\n';
