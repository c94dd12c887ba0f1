// A font report.yaml names is checked before the PDF is drawn: not a font, or no Chinese
// glyphs, is config/font naming the file (and the glyphs), never an internal error or tofu.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { fixture } from '../helpers/submissions.js';

const require = createRequire(import.meta.url);
/** A Latin font (it has no 政): the one pdfjs-dist ships. */
const latin = readFileSync(require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'));

const project = (font: string | Uint8Array) =>
  buildProject(
    { 'report.yaml': reportYaml('gb2021', 2023, 'fonts: {body: fonts/body.ttf}\n'), 'fonts/body.ttf': font, 'submissions/finance.yaml': fixture('submissions/valid-gb2021.yaml') },
    projectOptions(['pdf']),
  );

describe('fonts named in report.yaml', () => {
  it('a file that is not a font is config/font naming it', async () => {
    const result = await project('这不是字体文件\n');
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['config/font', 'fonts.body']]);
    expect(result.diagnostics[0]).toMatchObject({ messageId: 'notAFont', data: { file: 'p/fonts/body.ttf', key: 'body' } });
  });

  it('a font without Chinese glyphs is refused, naming the glyphs it lacks', async () => {
    const result = await project(latin);
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['config/font']);
    expect(result.diagnostics[0]).toMatchObject({ messageId: 'missingGlyphs', data: { file: 'p/fonts/body.ttf', key: 'body' } });
    expect(result.diagnostics[0].data?.characters).toMatch(/^示例市.*…$/);
    expect(Number(result.diagnostics[0].data?.count)).toBeGreaterThan(12);
  });
});
