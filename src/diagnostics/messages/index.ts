// The message catalog, in the style of ESLint's meta.messages: for each code, templates
// with named data (`{label}`, `{value}`, `{sum}` …) in zh-CN and en. Rules emit a code and
// data; reporters render the template in the chosen language.
//
// Chinese typography: full-width punctuation (，：（）), no space between Chinese and digits.
//
// One file per family of codes; this module joins them and renders.
import type { Code } from '../catalog.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../lang.js';
import { configMessages } from './config.js';
import { importMessages } from './import.js';
import { loadMessages } from './load.js';
import { narrativeMessages } from './narrative.js';
import { projectMessages } from './project.js';
import { schemaMessages } from './schema.js';
import { tableMessages } from './tables.js';
import type { MessageData, MessageEntry, Messages } from './types.js';

export type { MessageData, MessageEntry, Messages, Template, Words } from './types.js';

/** The family files; a code belongs to exactly one (a test keeps it so). */
export const families: Readonly<Record<string, Messages>> = {
  tables: tableMessages,
  schema: schemaMessages,
  load: loadMessages,
  config: configMessages,
  narrative: narrativeMessages,
  import: importMessages,
  project: projectMessages,
};

export const messages: Messages = Object.assign({}, ...Object.values(families));

/** The `{name}`s a template uses, in order of first use. */
export function templateNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** `template` with its `{name}`s filled from `data`; a value the entry has words for is written in `lang`. */
export function renderTemplate(template: string, data: MessageData, lang: Lang = 'en', words?: MessageEntry['words']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    const value = String(data[name]);
    const table = words && Object.hasOwn(words, name) ? words[name] : undefined;
    return table && Object.hasOwn(table, value) ? table[value][lang] : value;
  });
}

export function messageEntry(code: Code, messageId = 'default'): MessageEntry | undefined {
  const entries = messages[code];
  return entries && Object.hasOwn(entries, messageId) ? entries[messageId] : undefined;
}

export function messageText(d: Diagnostic, lang: Lang): string {
  const entry = d.data ? messageEntry(d.code, d.messageId) : undefined;
  return entry && d.data ? renderTemplate(entry.message[lang], d.data, lang, entry.words) : d.message;
}

/** The catalog's hint in the language. */
export function hintText(d: Diagnostic, lang: Lang): string | undefined {
  if (!d.data) return d.hint;
  const entry = messageEntry(d.code, d.messageId);
  return entry?.hint ? renderTemplate(entry.hint[lang], d.data, lang, entry.words) : d.hint;
}
