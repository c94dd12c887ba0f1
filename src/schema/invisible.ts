// Numbers with an invisible character beside them: Chinese input methods type U+3000
// for a space, and copying from Word or a web page brings U+00A0 and U+200B. YAML keeps
// them, so "350　" is text, not 350; the diagnostic names the character.

const names: Readonly<Record<string, string>> = {
  '\u3000': 'full-width space',
  '\u00a0': 'no-break space',
  '\ufeff': 'zero-width no-break space',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u0085': 'next-line character',
  '\f': 'form feed',
  '\v': 'vertical tab',
  '\t': 'tab',
};

const around = /^([\p{White_Space}\p{Cf}]*)([-+]?\d+(?:\.\d+)?)([\p{White_Space}\p{Cf}]*)$/u;

const nameOf = (char: string): string =>
  names[char] ?? `invisible character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** "the full-width space" or "the full-width space and the tab" for the characters of `text`. */
function describe(text: string): string {
  const distinct = [...new Set([...text].filter((c) => c !== ' ').map(nameOf))];
  return distinct.map((n) => `the ${n}`).join(' and ');
}

export interface InvisibleBeside {
  /** The number as written, without the characters. */
  readonly number: string;
  /** What to remove, in words: "the full-width space after 350". */
  readonly what: string;
}

/** A number with whitespace other than the ASCII space, or an invisible character, before or after it. */
export function invisibleBesideNumber(text: string): InvisibleBeside | undefined {
  const match = around.exec(text);
  if (!match) return undefined;
  const [, before, number, after] = match;
  const unusual = (s: string) => [...s].some((c) => c !== ' ');
  if (!unusual(before) && !unusual(after)) return undefined;
  const parts = [unusual(before) ? `${describe(before)} before ${number}` : '', unusual(after) ? `${describe(after)} after ${number}` : ''];
  return { number, what: parts.filter(Boolean).join(' and ') };
}
