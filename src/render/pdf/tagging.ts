// The PDF's structure tree (a tagged PDF, PDF/UA style) over pdfkit's marking API: every
// drawn text belongs to a structure element (H1, P, Table/TR/TH/TD, Figure) in reading
// order, and everything else (rules, page numbers, repeated header rows) is an artifact.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export type PdfStructure = PDFKit.PDFStructureElement;

/** Alternative text (a figure's description) and the like, as pdfkit's struct() takes them. */
export interface StructureOptions {
  readonly alt?: string;
  readonly actual?: string;
  readonly lang?: string;
  readonly title?: string;
}

export interface Tagging {
  readonly root: PdfStructure;
  /** A structure element with children of its own; the caller ends it. */
  group(parent: PdfStructure, type: string, attributes?: Record<string, unknown>): PdfStructure;
  /** A structure element whose content is what `draw` puts on the page. */
  leaf(parent: PdfStructure, type: string, draw: () => void, attributes?: Record<string, unknown>, options?: StructureOptions): void;
  /** Drawing that is not content: rules, page numbers, repeated headers. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void;
  /** Text drawn in pieces (a label wrapped in its cell) that reads as `text`. */
  actualText(text: string, draw: () => void): void;
}

/** pdfkit writes JS strings as PDF names and String objects as PDF strings. */
const setAttributes = (element: PdfStructure, attributes: Record<string, unknown> | undefined): void => {
  if (attributes) (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = attributes;
};

export function tagDocument(doc: Doc): Tagging {
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    root,
    group(parent, type, attributes) {
      const element = doc.struct(type);
      setAttributes(element, attributes);
      parent.add(element);
      return element;
    },
    leaf(parent, type, draw, attributes, options = {}) {
      const element = doc.struct(type, options, [draw]);
      setAttributes(element, attributes);
      parent.add(element);
    },
    artifact(draw, type = 'Layout') {
      doc.markContent('Artifact', { type });
      draw();
      doc.endMarkedContent();
    },
    actualText(text, draw) {
      doc.markContent('Span', { actual: text });
      draw();
      doc.endMarkedContent();
    },
  };
}
