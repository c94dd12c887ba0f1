// The fonts and page template a report is rendered with: those report.yaml names, or
// those that ship with the tool, each read on first use and once per build.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportConfig } from '../load/config.js';
import { withLf } from '../load/decode.js';
import { joinPath, type InputFiles } from '../load/files.js';
import type { Chart } from './charts/declare.js';
import { layoutChart, type Measure } from './charts/layout.js';
import { fontMeasure } from './charts/measure.js';
import type { ChartScene } from './charts/scene.js';
import type { FontPaths, RenderOptions } from './index.js';
import type { PdfFonts } from './pdf/fonts.js';
import type { RenderReuse } from './reuse.js';

export interface Bundled {
  fonts(): { readonly body: Uint8Array; readonly heading: Uint8Array };
  /** Where those fonts lie on disk, when they are files (not in a single executable): a PDF worker reads them itself. */
  fontPaths?(): FontPaths | undefined;
  htmlTemplate(): string;
}

/**
 * The fonts and HTML template report.yaml names, or the bundled ones; each read on first
 * use, once per build. Missing files named in report.yaml are diagnostics.
 */
export interface Assets {
  readonly options: RenderOptions;
  readonly problems: Diagnostic[];
  /** The fonts report.yaml names, checked against the text the report prints. */
  readonly checkFonts: (text: string) => Promise<Diagnostic[]>;
}

export function assets(config: ReportConfig, dir: string, files: InputFiles, bundled: Bundled, date: Date, embedFonts = false, reuse?: RenderReuse): Assets {
  const problems: Diagnostic[] = [];
  const named = (path: string | undefined, key: readonly string[]): Uint8Array | undefined => {
    if (!path) return undefined;
    const file = joinPath(dir, path);
    const bytes = files.read(file);
    if (!bytes) problems.push(createDiagnostic('config/file', { file: joinPath(dir, 'report.yaml'), line: 0, column: 0, path: key, messageId: 'asset', data: { file, key: key.join('.') } }));
    return bytes;
  };
  const body = named(config.fonts.body, ['fonts', 'body']);
  const heading = named(config.fonts.heading, ['fonts', 'heading']);
  const template = named(config.htmlTemplate, ['html_template']);
  let fonts: Promise<PdfFonts> | undefined;
  let fontFiles: { readonly body: Uint8Array; readonly heading: Uint8Array } | undefined;
  const fontBytes = () => {
    if (fontFiles) return fontFiles;
    const fallback = body && heading ? undefined : bundled.fonts();
    const bodyBytes = body ?? fallback!.body;
    fontFiles = { body: bodyBytes, heading: heading ?? (body ? bodyBytes : fallback!.heading) };
    return fontFiles;
  };
  // fontkit loads with the first PDF or chart, so builds without one never load it.
  const open = (): Promise<PdfFonts> => import('./pdf/fonts.js').then(({ openFonts }) => openFonts(fontBytes().body, fontBytes().heading));
  const pdfFonts = (): Promise<PdfFonts> => (fonts ??= reuse ? reuse.fonts(fontBytes().body, fontBytes().heading, open) : open());
  // A chart is laid out once per build, for the HTML and the PDF alike, its labels measured in the body font.
  const scenes = new Map<Chart, Promise<ChartScene>>();
  let measure: Promise<{ measure: Measure; family: string }> | undefined;
  const options: RenderOptions = {
    date,
    pdfFonts,
    fontFiles: fontBytes,
    pdfFontSource: () => {
      const paths = body || heading ? undefined : bundled.fontPaths?.();
      return paths ? { paths } : fontBytes();
    },
    embedFonts,
    chartScene: (chart) => {
      let scene = scenes.get(chart);
      if (!scene) {
        measure ??= pdfFonts().then(({ body }) => ({ measure: fontMeasure(body), family: body.familyName }));
        scene = measure.then((font) => layoutChart(chart, font.measure, font.family));
        scenes.set(chart, scene);
      }
      return scene;
    },
    htmlTemplate: () => withLf(template ? new TextDecoder().decode(template) : bundled.htmlTemplate()),
  };
  const checkFonts = async (text: string): Promise<Diagnostic[]> => {
    if (!config.fonts.body && !config.fonts.heading) return [];
    const { fontProblem } = await import('./pdf/font-check.js');
    return (['body', 'heading'] as const).flatMap((key) => {
      const path = config.fonts[key];
      const bytes = key === 'body' ? body : heading;
      const problem = path && bytes && fontProblem(bytes, text);
      if (!problem) return [];
      const file = joinPath(dir, path);
      return [createDiagnostic('config/font', { file: joinPath(dir, 'report.yaml'), line: 0, column: 0, path: ['fonts', key], messageId: problem.id, data: { file, key, ...problem.data } })];
    });
  };
  return { options, problems, checkFonts };
}
