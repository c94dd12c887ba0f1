// report.html in a real browser (the system Chromium, driven by playwright-core): no
// console errors, nothing fetched from outside the file, no table wider than the A4 text
// block, and printing gives A4 pages with each table's header rows on every page the
// table reaches. A screenshot of each part is kept in test-artifacts/browser/.
// Skipped (and reported) without a Chromium, unless REPORT_BROWSER_TESTS=required.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { diskFiles } from '../../src/cli/files.js';
import { browserTestsRequired, chromiumFlags, findChromium } from '../helpers/browser.js';
import { joined, readPdf } from '../helpers/pdf.js';
import { projectOptions } from '../helpers/project.js';

const executablePath = findChromium();
const artifacts = join(process.cwd(), 'test-artifacts', 'browser');
/** The A4 text block after GB/T 9704: 210 mm less 28 mm and 26 mm margins, in CSS pixels. */
const printableWidth = ((210 - 28 - 26) * 96) / 25.4;

if (!executablePath) {
  console.warn(`browser tests skipped: no Chromium found (looked for REPORT_CHROMIUM or /usr/bin/chromium); install one (apt-get install chromium) to run them`);
}

describe.runIf(!executablePath && browserTestsRequired())('browser tests (required)', () => {
  it('finds a Chromium', () => {
    expect.fail('REPORT_BROWSER_TESTS=required, but no Chromium was found (set REPORT_CHROMIUM or install /usr/bin/chromium)');
  });
});

describe.skipIf(!executablePath)('report.html in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let fileUrl: string;

  beforeAll(async () => {
    const result = await build('examples/ningbo-2020', 'ningbo-2020', diskFiles, projectOptions(['html']));
    expect(result.failed).toBe(false);
    const out = mkdtempSync(join(tmpdir(), 'report-browser-'));
    writeFileSync(join(out, 'report.html'), result.outputs.get('report.html')!);
    fileUrl = pathToFileURL(join(out, 'report.html')).href;
    profile = mkdtempSync(join(tmpdir(), 'report-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: chromiumFlags, chromiumSandbox: false, viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(fileUrl, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('logs no console error and requests nothing but the file itself', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => url !== fileUrl && !url.startsWith('data:'))).toEqual([]);
  });

  it('has no table (or chart) wider than the A4 text block, on screen and in print', async () => {
    // In print the page box is the text block: a viewport that wide stands for it.
    for (const [media, width] of [['screen', 1280], ['print', Math.floor(printableWidth)]] as const) {
      await page.emulateMedia({ media });
      await page.setViewportSize({ width, height: 900 });
      const widths = await page.$$eval('table, figure.chart svg', (elements) => elements.map((e) => ({ what: `${e.tagName} ${e.getAttribute('class') ?? ''}`, width: e.getBoundingClientRect().width, scroll: e.scrollWidth })));
      expect(widths.length).toBeGreaterThanOrEqual(7);
      for (const { what, width, scroll } of widths) {
        expect(width, `${media}: ${what}`).toBeLessThanOrEqual(printableWidth + 0.5);
        expect(scroll, `${media}: ${what} overflows`).toBeLessThanOrEqual(Math.ceil(printableWidth) + 1);
      }
    }
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints to A4 pages, each table repeating its header rows on every page it reaches', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'printed.pdf'), pdf);
    const { pages } = await readPdf(pdf);
    const sizes = await pageSizes(pdf);
    expect(sizes.every(([w, h]) => Math.abs(w - 595.28) < 1 && Math.abs(h - 841.89) < 1), JSON.stringify(sizes)).toBe(true);
    // Chromium's PDF maps some glyphs to compatibility characters (⼆ for 二): compare NFKC forms.
    const nfkc = (s: string) => s.normalize('NFKC');
    const texts = pages.map((p) => nfkc(joined(p)));
    // Each body row label that appears nowhere else (not in the prose or a chart), with the header cells
    // that head it: the table's <thead>, and in part 二 the head row of its own group.
    const tables = await page.$$eval('table', (list: HTMLTableElement[]) => {
      const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, '');
      const elsewhere = (table: HTMLTableElement) => {
        const main = document.querySelector('main')!.cloneNode(true) as Element;
        main.querySelectorAll('table')[list.indexOf(table)].remove();
        return squeeze(main.textContent);
      };
      const cells = (rows: Element[]) => rows.flatMap((r) => [...r.querySelectorAll('th, td')].map((c) => squeeze(c.textContent))).filter(Boolean);
      return list.map((table) => {
        const otherText = elsewhere(table);
        const head = cells([...table.querySelectorAll('thead tr')]);
        const rows = [...table.querySelectorAll('tbody')].flatMap((body) => {
          const groupHead = cells([...body.querySelectorAll('tr.head, tr.section')]);
          return [...body.querySelectorAll('tr.body th')]
            .map((th) => squeeze(th.textContent))
            .filter((label) => label.length >= 4 && !otherText.includes(label))
            .map((label) => ({ label, head: [...head, ...groupHead] }));
        });
        return { name: table.className, rows };
      });
    });
    let broken = 0;
    for (const table of tables.filter((t) => t.rows.length > 0)) {
      // (Part 四 is one row of figures under its header, with no row labels to find.)
      const reached = new Set<number>();
      for (const row of table.rows) {
        texts.forEach((text, i) => {
          if (!text.includes(nfkc(row.label))) return;
          reached.add(i);
          for (const cell of row.head) expect(text, `${table.name}: page ${i + 1} shows ${row.label} without its header cell ${cell}`).toContain(nfkc(cell));
        });
      }
      expect(reached.size, table.name).toBeGreaterThan(0);
      if (reached.size > 1) broken++;
    }
    // The Ningbo example's part 三 table is long enough to break.
    expect(broken).toBeGreaterThan(0);
  }, 120_000);

  it('keeps a screenshot of each part as a test artifact', async () => {
    mkdirSync(artifacts, { recursive: true });
    const sections = await page.$$('main > section');
    expect(sections).toHaveLength(6);
    for (const [i, section] of sections.entries()) {
      const png = await section.screenshot({ path: join(artifacts, `part-${i + 1}.png`) });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  }, 120_000);
});

/** Every page's MediaBox, in points. */
async function pageSizes(pdf: Uint8Array): Promise<[number, number][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const sizes: [number, number][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const [x0, y0, x1, y1] = (await doc.getPage(i)).view;
    sizes.push([x1 - x0, y1 - y0]);
  }
  await doc.destroy();
  return sizes;
}
