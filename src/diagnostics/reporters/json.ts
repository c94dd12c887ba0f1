// --reporter json: the shape cli.md documents, for tools and CI.
import { countBySeverity } from '../diagnostic.js';
import { placeFields } from './place.js';
import type { Reporter } from './types.js';
import { hintText, messageText } from '../messages/index.js';

export const jsonReporter: Reporter = (diagnostics, { files, verdicts, lang }) =>
  JSON.stringify(
    {
      diagnostics: diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        ...placeFields(d.place),
        severity: d.severity,
        code: d.code,
        message: messageText(d, lang),
        path: d.path.join('.'),
        ...(d.data === undefined ? {} : { ...(d.messageId === undefined ? {} : { messageId: d.messageId }), data: d.data }),
        ...(d.hint === undefined ? {} : { hint: hintText(d, lang) }),
        ...(d.explained === undefined ? {} : { explained: d.explained }),
        ...(d.related === undefined ? {} : { related: d.related.map(({ place, ...r }) => ({ ...r, ...placeFields(place), path: r.path.join('.') })) }),
      })),
      summary: { files, ...countBySeverity(diagnostics) },
      ...(verdicts === undefined ? {} : { reports: verdicts }),
    },
    null,
    2,
  ) + '\n';
