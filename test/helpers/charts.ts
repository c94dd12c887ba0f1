// The four charts declared from the gb2021 fixture (last year's figures: this year's times
// three), and the bundled body font that measures them, as the build does.
import { parse as parseYaml } from 'yaml';
import { bundled } from '../../src/cli/build.js';
import { completeFigures, figureMap } from '../../src/consolidate/complete.js';
import { cellsOf } from '../../src/formats/cells.js';
import { formats } from '../../src/formats/index.js';
import { declareCharts, type Chart } from '../../src/render/charts/declare.js';
import { fontMeasure } from '../../src/render/charts/measure.js';
import { openFonts } from '../../src/render/pdf/fonts.js';
import { fixture } from './submissions.js';

const model = cellsOf(formats.gb2021);
const figures = figureMap(completeFigures(parseYaml(fixture('submissions/valid-gb2021.yaml')), model), model);
const previous = new Map([...figures].map(([k, v]) => [k, typeof v === 'number' ? v * 3 : v]));

/** applicants, results, appeals, change. */
export const charts: readonly Chart[] = declareCharts(['applicants', 'results', 'appeals', 'change'], { format: formats.gb2021, figures, previous, year: 2023 });
export const chart = (id: Chart['id']): Chart => charts.find((c) => c.id === id)!;
export const fonts = openFonts(bundled.fonts().body, bundled.fonts().heading);
export const measure = fontMeasure(fonts.body);
