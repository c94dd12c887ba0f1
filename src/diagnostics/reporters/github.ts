// --reporter github: workflow commands that GitHub Actions shows as annotations.
import { describePlace } from './place.js';
import type { Reporter } from './types.js';
import { hintText, messageText } from '../messages/index.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const githubReporter: Reporter = (diagnostics, { lang }) =>
  diagnostics
    .map((d) => {
      const place = d.line > 0 && !d.place ? `,line=${d.line},col=${d.column}` : '';
      // A workbook cell has no line for GitHub to mark: the title names the file and the cell.
      const title = d.place ? `${d.file} ${describePlace(d.place, lang)}: ${d.code}` : d.code;
      const hint = hintText(d, lang);
      const message = messageText(d, lang);
      const text = hint ? `${message}\n${hint}` : message;
      const command = d.severity === 'note' ? 'notice' : d.severity;
      return `::${command} file=${escapeProperty(d.file)}${place},title=${escapeProperty(title)}::${escapeData(text)}\n`;
    })
    .join('');
