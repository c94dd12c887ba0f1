// The prose of the comments in a YAML file the tool writes for people to fill in: each
// `# …` after the editor's schema line, without commented-out settings (`# fonts: {…}`)
// and code in backticks, so what is left is words a clerk reads.
export function proseComments(yaml: string): string[] {
  const prose: string[] = [];
  for (const line of yaml.split('\n')) {
    if (line.startsWith('# yaml-language-server:')) continue;
    const at = line.trimStart().startsWith('#') ? line.indexOf('#') : line.indexOf(' # ');
    if (at < 0) continue;
    let comment = line.slice(line.indexOf('#', at) + 1);
    // A commented-out setting keeps only its own trailing comment, if any.
    if (/^\s*[A-Za-z_]+:/.test(comment)) {
      const trailing = comment.indexOf(' # ');
      if (trailing < 0) continue;
      comment = comment.slice(trailing + 3);
    }
    comment = comment.replace(/`[^`]*`/g, '').trim();
    if (comment !== '' && !/^[…\s]*$/.test(comment)) prose.push(comment);
  }
  return prose;
}

/** Comments written in English: two Latin words in a row, or no Chinese character at all. */
export const notChinese = (comments: readonly string[]): string[] => comments.filter((c) => /[A-Za-z]{2,}[\s,;']+[A-Za-z]{2,}/.test(c) || !/\p{Script=Han}/u.test(c));
