// A chart laid out: its size and plain shapes in points, top-left origin. The layout
// (layout.ts) makes it once; the SVG painter (svg.ts) and the PDF's (pdf/chart.ts) draw it.

export interface SceneRect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
}

export interface SceneText {
  readonly kind: 'text';
  /** Where the text starts (anchor `start`) or ends (anchor `end`). */
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly anchor: 'start' | 'end';
  /** The advance width the layout measured, so a painter need not measure again. */
  readonly width: number;
  readonly fill: string;
}

export type SceneShape = SceneRect | SceneText;

/** Plain data only: it crosses from the PDF worker to the main thread, which paints the HTML's SVG. */
export interface ChartScene {
  readonly width: number;
  readonly height: number;
  /** The family of the font whose advance widths placed the texts. */
  readonly font: string;
  readonly shapes: readonly SceneShape[];
}
