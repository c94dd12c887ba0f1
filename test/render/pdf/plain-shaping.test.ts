// Texts no OpenType lookup can act on are shaped without fontkit's lookups (plain-shaping.ts):
// the run must be exactly fontkit's, glyph for glyph and position for position, over every
// label of both formats, the example's narratives line by line, and random texts mixing
// ideographs, punctuation, digits, Latin and the characters fontkit treats apart.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { create, type Font, type GlyphRun } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/cli/build.js';
import { formats } from '../../../src/formats/index.js';
import { feesGrid, gridsOf, type Grid } from '../../../src/render/layout.js';
import { plainShaper, type PlainRun } from '../../../src/render/pdf/plain-shaping.js';

const open = (bytes: Uint8Array): Font => create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
const shipped = { body: open(bundled.fonts().body), heading: open(bundled.fonts().heading) };

const simple = (run: GlyphRun | PlainRun) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

const grids: Grid[] = Object.values(formats).flatMap((format) => [...Object.values(gridsOf(format)), feesGrid(format)].filter((g): g is Grid => g !== undefined));
const labels = [...new Set(grids.flatMap((g) => [g.title, ...g.rows.flatMap((r) => r.cells.map((c) => c.text)), ...g.notes]))].filter((t) => t.trim() !== '');
const narrativeDir = new URL('../../../examples/ningbo-2020/narrative/', import.meta.url);
const narrativeLines = readdirSync(narrativeDir).flatMap((name) => readFileSync(new URL(name, narrativeDir), 'utf8').split('\n')).filter((line) => line.trim() !== '');

describe.each(Object.entries(shipped))('plain shaping in the shipped %s font', (_, font) => {
  const plain = plainShaper(font)!;

  it('is used for the ideographs and CJK punctuation, and not for what a lookup covers', () => {
    expect(plain).toBeDefined();
    expect(plain('主动公开政府信息情况，“申请人”（《条例》）；、。')).toBeDefined();
    // In Noto Serif SC, kerning and ligatures cover digits and Latin letters.
    expect(plain('2020年')).toBeUndefined();
    expect(plain('office')).toBeUndefined();
    // fontkit treats these apart: the fraction slash, a soft hyphen, a combining mark.
    for (const text of ['1⁄2', '政\u00ad府', '政\u0301']) expect(plain(text)).toBeUndefined();
  });

  it("gives fontkit's run for every label of both formats and every line of the example's narratives that it takes", () => {
    let taken = 0;
    for (const text of [...labels, ...narrativeLines]) {
      const run = plain(text);
      if (!run) continue;
      taken++;
      expect(simple(run), text).toEqual(simple(font.layout(text)));
    }
    // Most labels have no digit or Latin letter.
    expect(taken).toBeGreaterThan(labels.length / 2);
  });

  it("gives fontkit's run for random texts, whenever it takes one", () => {
    const pool = [...'政府信息公开年度报告主动申请办理结果行政复议诉讼，。、；：？！“”‘’（）《》【】—…·　 0123456789ABCabcfiflffi%‰℃①⁄\u00ad\u0301\u200b\u3000\uff08\uff09\u{20000}'];
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const run = plain(text);
        if (!run) return;
        taken++;
        expect(simple(run)).toEqual(simple(font.layout(text)));
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(0);
  });
});
