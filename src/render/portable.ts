// A report document as it crosses to a worker thread: plain data only, so the figure
// lookup (a function) becomes the printed text of every value cell the grids show.
import { pathKey } from '../formats/cells.js';
import type { ReportDocument } from './document.js';

export interface PortableDocument extends Omit<ReportDocument, 'figure'> {
  /** The printed text of each value cell of the document's grids, by key path. */
  readonly figures: Readonly<Record<string, string>>;
}

export function portableDocument(document: ReportDocument): PortableDocument {
  const figures: Record<string, string> = {};
  for (const section of document.sections) {
    for (const row of section.grid?.rows ?? []) {
      for (const cell of row.cells) if (cell.kind === 'value' && cell.path) figures[pathKey(cell.path)] = document.figure(cell.path);
    }
  }
  const { figure: _figure, ...rest } = document;
  return { ...rest, figures };
}

/** The document again, on the worker's side: a figure not among the grids' cells prints as nothing, as in reportDocument. */
export function documentOf(portable: PortableDocument): ReportDocument {
  const { figures, ...rest } = portable;
  return { ...rest, figure: (path) => (Object.hasOwn(figures, pathKey(path)) ? figures[pathKey(path)] : '') };
}
