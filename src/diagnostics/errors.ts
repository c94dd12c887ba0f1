// Failures that are not diagnostics about the input: bad usage (exit 2) and our own
// bugs (exit 3). Both carry the underlying cause.
import type { Lang } from './lang.js';
import { usageMessages, type UsageMessageId } from './messages/usage.js';
import { renderWords, type WordData } from './messages/localized.js';

/** A flag, file or folder the command cannot use: an id of the usage messages and its data, in no language yet. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;

  constructor(
    readonly messageId: UsageMessageId,
    readonly data: WordData = {},
    options?: ErrorOptions,
  ) {
    super(renderWords(usageMessages[messageId], data, 'en'), options);
  }

  /** What main prints after `report: `. */
  text(lang: Lang): string {
    return renderWords(usageMessages[this.messageId], this.data, lang);
  }
}

export class InternalError extends Error {
  override readonly name = 'InternalError';
  readonly exitCode = 3;
}
