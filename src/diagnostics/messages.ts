// Rendering a diagnostic's message and hint in the chosen language. Filled in by the
// message catalog; a diagnostic without data keeps the English message it was made with.
import type { Diagnostic } from './diagnostic.js';
import type { Lang } from './lang.js';

export function messageText(d: Diagnostic, _lang: Lang): string {
  return d.message;
}

export function hintText(d: Diagnostic, _lang: Lang): string | undefined {
  return d.hint;
}
