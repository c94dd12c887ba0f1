// The renderers by output format (Eleventy's Engines/): one small module each, one interface.
import type { OutputFormat } from '../load/config.js';
import type { ReportDocument } from './document.js';
import { renderMarkdown } from './markdown.js';

export interface Fonts {
  readonly body: Uint8Array;
  readonly heading: Uint8Array;
}

export interface RenderOptions {
  /** Loaded once per build and shared by every PDF; only the PDF renderer reads them. */
  readonly fonts: () => Fonts;
  readonly date: Date;
}

export type Renderer = (document: ReportDocument, options: RenderOptions) => Promise<Uint8Array>;

const encoder = new TextEncoder();

export const renderers: Record<Exclude<OutputFormat, 'json'>, Renderer> = {
  md: async (document) => encoder.encode(renderMarkdown(document)),
  html: async () => {
    throw new Error('html renderer pending');
  },
  pdf: async () => {
    throw new Error('pdf renderer pending');
  },
};
