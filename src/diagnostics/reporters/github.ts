// --reporter github: workflow commands that GitHub Actions shows as annotations.
import { describePlace } from '../place.js';
import type { Reporter } from './types.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const githubReporter: Reporter = (diagnostics) =>
  diagnostics
    .map((d) => {
      const place = d.line > 0 ? `,line=${d.line},col=${d.column}` : '';
      const where = d.line === 0 && d.place ? `${describePlace(d.place)}: ` : '';
      const text = `${where}${d.hint ? `${d.message}\n${d.hint}` : d.message}`;
      const command = d.severity === 'note' ? 'notice' : d.severity;
      return `::${command} file=${escapeProperty(d.file)}${place},title=${escapeProperty(d.code)}::${escapeData(text)}\n`;
    })
    .join('');
