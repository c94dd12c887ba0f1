// The PDFs a build draws on worker threads (src/scan/pdf-pool.ts) are those one thread
// draws, byte for byte, charts and all; with --per-agency every report goes to the pool.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type PdfWorkerPlan } from '../../src/build.js';
import { diskFiles } from '../../src/cli/files.js';
import { earlyPdfWorkerWaiting as waitingHere, mayBuildPdf, pdfWorkerCount, startPdfPool as startPoolHere, type PdfPool } from '../../src/scan/pdf-pool.js';
import { runReport } from '../helpers/cli.js';
import { projectOptions } from '../helpers/project.js';

// The worker runs compiled code: the pool is taken from lib/ (npm test builds it first).
const { pdfWorkers, startPdfWorkerEarly, earlyPdfWorkerWaiting } = (await import(new URL('../../lib/scan/pdf-pool.js', import.meta.url).href)) as typeof import('../../src/scan/pdf-pool.js');

/** The Ningbo example, its agencies' reports with charts too. */
function project(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-pdf-pool-')), 'ningbo');
  cpSync(new URL('../../examples/ningbo-2020', import.meta.url), dir, { recursive: true });
  appendFileSync(join(dir, 'report.yaml'), 'charts: {agencies: [applicants, results]}\n');
  return dir;
}

const date = new Date(1_700_000_000 * 1000); // SOURCE_DATE_EPOCH of runReport

describe('PDFs on worker threads', () => {
  const dir = project();

  it('draws every report as one thread does, in one batch on the pool', async () => {
    const options = projectOptions(['md', 'html', 'pdf'], { perAgency: true, date });
    const inThread = await build(dir, 'ningbo', diskFiles, options);
    expect(inThread.failed).toBe(false);
    const batches: number[] = [];
    const plans: PdfWorkerPlan[] = [];
    const counted = (plan: PdfWorkerPlan): PdfPool | undefined => {
      plans.push(plan);
      const pool = pdfWorkers(2)(plan)!;
      return { render: (jobs, fonts, onDone) => (batches.push(jobs.length), pool.render(jobs, fonts, onDone)), close: () => pool.close() };
    };
    const pooled = await build(dir, 'ningbo', diskFiles, { ...options, pdfWorkers: counted });
    expect(pooled.failed).toBe(false);
    expect(plans).toEqual([{ perAgency: true }]);
    expect(batches).toEqual([29]); // the city's report and its 28 agencies'
    expect([...pooled.outputs.keys()]).toEqual([...inThread.outputs.keys()]);
    for (const [path, bytes] of inThread.outputs) expect(Buffer.compare(pooled.outputs.get(path)!, bytes), path).toBe(0);
  });

  it('writes from the command line what a one-thread build renders', async () => {
    const { status, stderr } = runReport(['build', dir, '--per-agency', '--out', join(dir, 'cli')], '.');
    expect(stderr).not.toMatch(/internal/i);
    expect(status).toBe(0);
    const inThread = await build(dir, 'ningbo', diskFiles, projectOptions(['md', 'html', 'pdf', 'json'], { perAgency: true, date }));
    const pdfs = readdirSync(join(dir, 'cli/agencies')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(28);
    for (const [path, bytes] of inThread.outputs) expect(Buffer.compare(readFileSync(join(dir, 'cli', path)), bytes), path).toBe(0);
  });

  it('takes the worker started with the process into the build, and draws what one thread draws', async () => {
    const options = projectOptions(['md', 'html', 'pdf'], { perAgency: false, date });
    const inThread = await build(dir, 'ningbo', diskFiles, options);
    startPdfWorkerEarly(['build', dir]);
    expect(earlyPdfWorkerWaiting()).toBe(true);
    const pooled = await build(dir, 'ningbo', diskFiles, { ...options, pdfWorkers: pdfWorkers(2) });
    expect(earlyPdfWorkerWaiting()).toBe(false);
    expect(pooled.failed).toBe(false);
    for (const [path, bytes] of inThread.outputs) expect(Buffer.compare(pooled.outputs.get(path)!, bytes), path).toBe(0);
  });

  it('sends the fonts report.yaml names to the worker started with the process, which opened the bundled ones', async () => {
    // The bold weight as the body font: a worker that kept the fonts it opened as it started would set the body in the regular one.
    const own = join(dir, '..', 'own-fonts');
    cpSync(dir, own, { recursive: true });
    cpSync(new URL('../../fonts/NotoSerifSC-Bold.ttf', import.meta.url), join(own, 'body.ttf'));
    appendFileSync(join(own, 'report.yaml'), 'fonts: {body: body.ttf}\n');
    const options = projectOptions(['pdf'], { perAgency: false, date });
    const inThread = await build(own, 'ningbo', diskFiles, options);
    expect(inThread.failed).toBe(false);
    startPdfWorkerEarly(['build', own]);
    const pooled = await build(own, 'ningbo', diskFiles, { ...options, pdfWorkers: pdfWorkers(2) });
    expect(Buffer.compare(pooled.outputs.get('report.pdf')!, inThread.outputs.get('report.pdf')!)).toBe(0);
    const bundledBody = await build(dir, 'ningbo', diskFiles, options);
    expect(Buffer.compare(pooled.outputs.get('report.pdf')!, bundledBody.outputs.get('report.pdf')!)).not.toBe(0);
  });

  it('hands the worker started from lib/scan/pdf-pool.js (bin/report) to another copy of the module (the bundle in lib/bundle/)', async () => {
    startPdfWorkerEarly(['build', dir]);
    expect(waitingHere()).toBe(true);
    await startPoolHere(1).close();
    expect(waitingHere()).toBe(false);
    expect(earlyPdfWorkerWaiting()).toBe(false);
  });

  it('starts a worker with the process only for a build that may write a PDF', () => {
    expect(mayBuildPdf(['build'])).toBe(true);
    expect(mayBuildPdf(['--lang', 'en', 'build', 'examples/ningbo-2020', '--out', 'dist'])).toBe(true);
    expect(mayBuildPdf(['build', '--formats', 'md,pdf'])).toBe(true);
    expect(mayBuildPdf(['build', '--formats=pdf'])).toBe(true);
    expect(mayBuildPdf(['build', '--formats', 'md,json'])).toBe(false);
    expect(mayBuildPdf(['build', '--help'])).toBe(false);
    expect(mayBuildPdf(['build', '--watch'])).toBe(false);
    expect(mayBuildPdf(['validate', 'build'])).toBe(false);
    expect(mayBuildPdf(['--lang', 'build', 'validate'])).toBe(false);
  });

  it('ends as before when the build writes no PDF after all (report.yaml lists none)', () => {
    const noPdf = join(dir, '..', 'no-pdf');
    cpSync(dir, noPdf, { recursive: true });
    writeFileSync(join(noPdf, 'report.yaml'), readFileSync(join(noPdf, 'report.yaml'), 'utf8').replace('formats: [md, html, pdf, json]', 'formats: [md]'));
    const started = Date.now();
    const { status, stderr } = runReport(['build', noPdf, '--out', join(noPdf, 'out'), '--quiet'], '.');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readdirSync(join(noPdf, 'out')).filter((f) => !f.startsWith('.'))).toEqual(['report.md']);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('asks one worker per core for every agency, one for the report alone, none on one core', () => {
    expect(pdfWorkerCount({ perAgency: true }, 2)).toBe(2);
    expect(pdfWorkerCount({ perAgency: true }, 8)).toBe(8);
    expect(pdfWorkerCount({ perAgency: false }, 8)).toBe(1);
    expect(pdfWorkerCount({ perAgency: true }, 1)).toBe(0);
  });

  it('starts no worker when no PDF is asked for', async () => {
    const plans: PdfWorkerPlan[] = [];
    const result = await build(dir, 'ningbo', diskFiles, projectOptions(['md', 'json'], { perAgency: true, date, pdfWorkers: (plan) => (plans.push(plan), undefined) }));
    expect(result.failed).toBe(false);
    expect(plans).toEqual([]);
  });
});
