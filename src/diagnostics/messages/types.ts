import type { Code } from '../catalog.js';
import type { Lang } from '../lang.js';

export type Template = Readonly<Record<Lang, string>>;
export interface MessageEntry {
  readonly message: Template;
  readonly hint?: Template;
}
export type MessageData = Readonly<Record<string, string | number>>;
/** One family's templates: for each code, its messages by id (`default` when it has one). */
export type Messages = Partial<Record<Code, Readonly<Record<string, MessageEntry>>>>;
