// Plain text (a title, an agency's name, compiled_by) placed into Markdown: report.md's
// title and signature, and the facts a narrative's placeholders print. It reads back as
// the same text: no raw HTML, no emphasis, links or headings of its own.
export const escapeMarkdownText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]!|~]/g, (c) => `\\${c}`)
    // What would start a heading, list or rule at the start of a line.
    .replace(/^[-+#=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
