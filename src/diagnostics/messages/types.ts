import type { Code } from '../catalog.js';
import type { Lang } from '../lang.js';

export type Template = Readonly<Record<Lang, string>>;
/** Words a data value stands for (a value kind such as `count`), by that value, in each language. */
export type Words = Readonly<Record<string, Template>>;
export interface MessageEntry {
  readonly message: Template;
  readonly hint?: Template;
  /** Data names whose values are ids of words (`expected: 'count'`), rendered in the template's language; other values print as they are. */
  readonly words?: Readonly<Record<string, Words>>;
}
export type MessageData = Readonly<Record<string, string | number>>;
/** One family's templates: for each code, its messages by id (`default` when it has one). */
export type Messages = Partial<Record<Code, Readonly<Record<string, MessageEntry>>>>;
