// A chart's scene as an SVG document for report.html: the same bytes for the same scene,
// every label and figure a <text>, scaled to the page by its viewBox.
import type { ChartScene, SceneShape } from './scene.js';

const xml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/** Hundredths of a point: finer than any screen or printer shows, and short. */
const n = (value: number): string => String(Math.round(value * 100) / 100);

const shape = (s: SceneShape): string =>
  s.kind === 'rect'
    ? `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"/>`
    : `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${s.anchor === 'end' ? ' text-anchor="end"' : ''} fill="${s.fill}">${xml(s.text)}</text>`;

export function chartSvg(scene: ChartScene): string {
  const [width, height] = [n(scene.width), n(scene.height)];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(scene.font)}">`,
    ...scene.shapes.map(shape),
    '</svg>',
  ].join('\n');
}
