// A PDF worker started with the process draws a blank report while it waits for its job
// (src/render/pdf/warm.ts); the worker drops any error, so a warm-up that broke would only
// show as a slower build: it must draw its tables, and leave the next report's bytes as they were.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/cli/build.js';
import { openFonts } from '../../../src/render/pdf/fonts.js';
import { warmUp } from '../../../src/render/pdf/warm.js';
import { build } from '../../../src/build.js';
import { diskFiles } from '../../../src/cli/files.js';
import { projectOptions } from '../../helpers/project.js';

describe('warmUp', () => {
  it('draws a whole report: its tables are measured and its text shaped', async () => {
    const { body, heading } = bundled.fonts();
    const fonts = openFonts(body, heading);
    await warmUp(fonts);
    const wrapped = [...fonts.wrapped.values()].flatMap((byWidth) => [...byWidth.values()]).reduce((n, byText) => n + byText.size, 0);
    expect(wrapped).toBeGreaterThan(50);
    expect(fonts.lines.size).toBeGreaterThan(0);
  });

  it('leaves the report drawn after it byte for byte as without it', async () => {
    const dir = new URL('../../../examples/ningbo-2020', import.meta.url).pathname;
    const cold = await build(dir, 'ningbo', diskFiles, projectOptions(['pdf']));
    const { body, heading } = bundled.fonts();
    const fonts = openFonts(body, heading);
    await warmUp(fonts);
    const warm = await build(dir, 'ningbo', diskFiles, { ...projectOptions(['pdf']), reuse: { fonts: async () => fonts } });
    expect(Buffer.compare(warm.outputs.get('report.pdf')!, cold.outputs.get('report.pdf')!)).toBe(0);
  });
});
