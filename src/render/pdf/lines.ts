// Line breaking for titles and headings: Chinese breaks between any two characters, but
// not inside a number or a Latin word, not before closing punctuation and not after
// opening punctuation, nor between a number and its unit; and a title that needs two lines gets two balanced ones, never a
// last line holding one character.
const closing = '，。、；：？！）》」』”’〕】〉…—%';
const opening = '（《「『“‘〔【〈';
const numberUnits = '年月日号件个项';

/** The text in pieces that a line may not break inside. */
export function unbreakable(text: string): string[] {
  const units: string[] = [];
  for (const char of text) {
    const last = units.at(-1);
    const glue =
      last !== undefined &&
      (closing.includes(char) ||
        opening.includes(last.at(-1)!) ||
        (/[0-9A-Za-z.%]/.test(char) && /[0-9A-Za-z.]$/.test(last)) ||
        // A number keeps its unit: 2020年, 3517件.
        (numberUnits.includes(char) && /[0-9]$/.test(last)));
    if (glue) units[units.length - 1] = last + char;
    else units.push(char);
  }
  return units;
}

function greedy(units: readonly string[], widthOf: (text: string) => number, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line !== '' && widthOf(line + unit) > limit) {
      lines.push(line);
      line = unit;
    } else line += unit;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines of about equal width, none wider than `maxWidth`, the last never a single character. */
export function balancedLines(text: string, widthOf: (text: string) => number, maxWidth: number): string[] {
  const units = unbreakable(text.trim());
  const total = widthOf(text.trim());
  if (total <= maxWidth) return [text.trim()];
  const count = Math.ceil(total / maxWidth);
  // The narrowest limit that still gives `count` lines: balanced lines.
  let low = total / count;
  let high = maxWidth;
  for (let step = 0; step < 20; step++) {
    const middle = (low + high) / 2;
    if (greedy(units, widthOf, middle).length <= count) high = middle;
    else low = middle;
  }
  const lines = greedy(units, widthOf, high);
  const last = lines.at(-1)!;
  if (lines.length > 1 && [...last].length === 1) {
    // Cannot happen with balanced lines unless units are long; move one unit down.
    const before = unbreakable(lines[lines.length - 2]);
    if (before.length > 1) {
      lines[lines.length - 2] = before.slice(0, -1).join('');
      lines[lines.length - 1] = before.at(-1)! + last;
    }
  }
  return lines;
}
