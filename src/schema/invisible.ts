// Numbers with an invisible character beside them: Chinese input methods type U+3000
// for a space, and copying from Word or a web page brings U+00A0 and U+200B. YAML keeps
// them, so "350　" is text, not 350; the diagnostic names the character.

const around = /^([\p{White_Space}\p{Cf}]*)([-+]?\d+(?:\.\d+)?)([\p{White_Space}\p{Cf}]*)$/u;

/** A character as its code point, `U+3000`: the message catalog puts it into words. */
const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface InvisibleBeside {
  /** The number as written, without the characters. */
  readonly number: string;
  /** The first character other than the ASCII space before the number, as `U+3000`. */
  readonly before?: string;
  /** The same after it. */
  readonly after?: string;
}

/** A number with whitespace other than the ASCII space, or an invisible character, before or after it. */
export function invisibleBesideNumber(text: string): InvisibleBeside | undefined {
  const match = around.exec(text);
  if (!match) return undefined;
  const [, before, number, after] = match;
  const unusual = (s: string): string | undefined => {
    const c = [...s].find((x) => x !== ' ');
    return c === undefined ? undefined : codePoint(c);
  };
  const [b, a] = [unusual(before), unusual(after)];
  if (b === undefined && a === undefined) return undefined;
  return { number, ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) };
}
