// Shaping without the OpenType lookups where none of them can act. fontkit's layout runs
// every lookup of the features it applies over every glyph of a text, and for a CJK font
// that is most of the time a PDF takes to set its text, although in Noto Serif SC no lookup
// of those features covers a single ideograph or CJK punctuation mark: for such a text the
// run is the font's glyph for each character at its advance width, which is what this
// makes. Whether a lookup can act on a text is decided from the font's own tables, so a
// font named in report.yaml gets the same care; a text with any glyph a lookup covers (in
// Noto Serif SC: digits, Latin letters, — and …) goes to fontkit as before.
// test/render/pdf/plain-shaping.test.ts compares the two over the reports' texts.
import type { Font, Glyph, GlyphPosition } from 'fontkit';

/** The features fontkit's default shaper applies to a left-to-right horizontal text (its DefaultShaper, with OTLayoutEngine). */
const defaultFeatures = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

/**
 * Characters of scripts fontkit sets with its default shaper and no special case: Latin and
 * general punctuation, CJK punctuation, ideographs, full-width forms. Left out: the fraction
 * slash (U+2044, which turns on frac, numr and dnom around it), the soft hyphen and the
 * other default ignorables fontkit replaces by a space, combining marks, and everything else.
 */
function plainCharacter(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff && code !== 0xad) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e && code !== 0x2044) ||
    (code >= 0x3000 && code <= 0x3029) ||
    (code >= 0x3030 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

interface Coverage {
  readonly version: number;
  readonly glyphs?: readonly number[];
  readonly rangeRecords?: readonly { readonly start: number; readonly end: number }[];
}

interface ClassDef {
  readonly version: number;
  readonly startGlyph?: number;
  readonly classValueArray?: readonly number[];
  readonly classRangeRecord?: readonly { readonly start: number; readonly end: number; readonly class: number }[];
}

/** A lookup's subtable as fontkit reads it: the coverage tables that decide where it may act. */
type Subtable = { readonly extension?: Subtable } & { readonly [field: string]: Coverage | readonly Coverage[] | undefined };

interface LayoutTable {
  readonly scriptList: readonly { readonly script: { readonly defaultLangSys?: { readonly reqFeatureIndex: number; readonly featureIndexes: readonly number[] } } }[];
  readonly featureList: readonly { readonly tag: string; readonly feature: { readonly lookupListIndexes: readonly number[] } }[];
  readonly lookupList: { get(index: number): { readonly subTables: readonly Subtable[] } };
}

interface Tables {
  readonly numGlyphs: number;
  readonly directory: { readonly tables: Record<string, unknown> };
  readonly variationAxes: Record<string, unknown>;
  readonly GSUB?: LayoutTable;
  readonly GPOS?: LayoutTable;
  readonly GDEF?: { readonly glyphClassDef?: ClassDef };
}

/** Every coverage table of a subtable, where a lookup may begin to act. */
const coverageFields = ['coverage', 'markCoverage', 'baseCoverage', 'ligatureCoverage', 'mark1Coverage', 'mark2Coverage'];
const coverageLists = ['coverages', 'backtrackCoverage', 'inputCoverage', 'lookaheadCoverage'];

/**
 * The glyphs that some lookup of a default feature covers, in any script's default language
 * system, and the glyphs GDEF calls marks (fontkit zeroes their advance); undefined when the
 * font is laid out another way (AAT's morx, the old kern table, variations), where every
 * text goes to fontkit.
 */
function touchedGlyphs(font: Tables): Uint8Array | undefined {
  const tables = font.directory.tables;
  if ('morx' in tables || 'kern' in tables || Object.keys(font.variationAxes).length > 0) return undefined;
  const touched = new Uint8Array(font.numGlyphs + 1);
  const mark = (from: number, to: number): void => {
    touched.fill(1, Math.max(0, from), Math.min(touched.length, to + 1));
  };
  const cover = (coverage: Coverage | undefined): void => {
    if (!coverage) return;
    if (coverage.version === 1) for (const glyph of coverage.glyphs ?? []) mark(glyph, glyph);
    else if (coverage.version === 2) for (const range of coverage.rangeRecords ?? []) mark(range.start, range.end);
    else throw new Error(`coverage format ${coverage.version}`);
  };
  const subtable = (table: Subtable): void => {
    if (table.extension) return subtable(table.extension);
    for (const field of coverageFields) cover(table[field] as Coverage | undefined);
    for (const field of coverageLists) for (const coverage of (table[field] as readonly Coverage[] | undefined) ?? []) cover(coverage);
  };
  for (const layout of [font.GSUB, font.GPOS]) {
    if (!layout) continue;
    const lookups = new Set<number>();
    for (const { script } of layout.scriptList) {
      const system = script.defaultLangSys;
      if (!system) continue;
      const features = system.reqFeatureIndex === 0xffff ? system.featureIndexes : [...system.featureIndexes, system.reqFeatureIndex];
      for (const index of features) {
        const feature = layout.featureList[index];
        if (feature && defaultFeatures.has(feature.tag)) for (const lookup of feature.feature.lookupListIndexes) lookups.add(lookup);
      }
    }
    for (const index of lookups) for (const table of layout.lookupList.get(index).subTables) subtable(table);
  }
  const classes = font.GDEF?.glyphClassDef;
  if (classes?.version === 1) classes.classValueArray?.forEach((value, i) => value === 3 && mark(classes.startGlyph! + i, classes.startGlyph! + i));
  else if (classes?.version === 2) for (const range of classes.classRangeRecord ?? []) if (range.class === 3) mark(range.start, range.end);
  return touched;
}

/** A run made without the lookups: the glyph and its advance for each character. */
export interface PlainRun {
  readonly glyphs: Glyph[];
  readonly positions: GlyphPosition[];
}

/**
 * For `font`, a shaper of the texts no lookup can act on: their run, exactly as fontkit's
 * layout gives it, or undefined for any other text (which fontkit must shape). Undefined
 * when the font is laid out otherwise, or its tables cannot be read so.
 */
export function plainShaper(font: Font): ((text: string) => PlainRun | undefined) | undefined {
  let touched: Uint8Array | undefined;
  try {
    touched = touchedGlyphs(font as unknown as Tables);
  } catch {
    return undefined;
  }
  if (!touched) return undefined;
  const covered = touched;
  return (text) => {
    const glyphs: Glyph[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      if (!plainCharacter(code)) return undefined;
      const glyph = font.glyphForCodePoint(code);
      if (covered[glyph.id] === 1) return undefined;
      glyphs.push(glyph);
    }
    return { glyphs, positions: glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }) as GlyphPosition) };
  };
}
