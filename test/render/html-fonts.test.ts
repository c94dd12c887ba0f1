// report.html's fonts: named Chinese fallbacks by default; with --embed-fonts, the PDF's
// fonts cut down to the page's characters, as WOFF2, the same bytes on every build.
import { create, type Font } from 'fontkit';
import { mkdtempSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';
import { buildProject, projectOptions, reportYaml } from '../helpers/project.js';
import { fixture } from '../helpers/submissions.js';

const files = { 'report.yaml': reportYaml('gb2021', 2023), 'submissions/finance.yaml': fixture('submissions/valid-gb2021.yaml') };

async function html(embedFonts: boolean): Promise<string> {
  const result = await buildProject(files, projectOptions(['html'], { embedFonts }));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new TextDecoder().decode(result.outputs.get('report.html'));
}

/** The fonts embedded under each family name, decoded from their data: URLs. */
function embedded(page: string): Map<string, Buffer> {
  const faces = [...page.matchAll(/@font-face \{ font-family: "([^"]+)"; src: url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)/g)];
  return new Map(faces.map((m) => [m[1], Buffer.from(m[2], 'base64')]));
}

describe('report.html fonts', () => {
  it('names the Chinese fonts offices have, and embeds none by default', async () => {
    const page = await html(false);
    expect(page).toContain('--body-fonts: "仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", serif;');
    expect(page).toContain('--title-fonts: "方正小标宋简体", "SimSun", serif;');
    expect(page).not.toContain('@font-face');
  });

  it('--embed-fonts: WOFF2 subsets of the PDF fonts, with a glyph for every character the page prints', async () => {
    const page = await html(true);
    const fonts = embedded(page);
    expect([...fonts.keys()]).toEqual(['report-body', 'report-heading']);
    const text = parse(page).querySelector('main')!.text;
    for (const [name, bytes] of fonts) {
      expect(bytes.subarray(0, 4).toString('latin1'), name).toBe('wOF2');
      const font = create(bytes) as Font;
      const missing = [...new Set(text)].filter((c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, name).toEqual([]);
      // A subset: a few hundred glyphs, not the whole CJK font of about 65,000.
      expect(font.numGlyphs, name).toBeLessThan(2000);
    }
    expect(page).toContain('--body: "report-body", var(--body-fonts);');
    expect(page).toContain('--title: "report-heading", var(--title-fonts);');
    expect(await html(true)).toBe(page);
  });

  it('report build --embed-fonts on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-embed-'));
    cpSync(new URL('../cli/scenarios/validate-project-clean/city', import.meta.url).pathname, join(dir, 'city'), { recursive: true });
    const result = runReport(['build', join(dir, 'city'), '--formats', 'html', '--embed-fonts', '--out', join(dir, 'out')], '.');
    expect(result.status).toBe(0);
    expect([...embedded(readFileSync(join(dir, 'out/report.html'), 'utf8')).keys()]).toEqual(['report-body', 'report-heading']);
  });
});
