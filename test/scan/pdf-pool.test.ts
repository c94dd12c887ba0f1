// The PDFs a build draws on worker threads (src/scan/pdf-pool.ts) are those one thread
// draws, byte for byte, charts and all; with --per-agency every report goes to the pool.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type PdfWorkerPlan } from '../../src/build.js';
import { diskFiles } from '../../src/cli/files.js';
import { pdfWorkerCount, type PdfPool } from '../../src/scan/pdf-pool.js';
import { runReport } from '../helpers/cli.js';
import { projectOptions } from '../helpers/project.js';

// The worker runs compiled code: the pool is taken from lib/ (npm test builds it first).
const { pdfWorkers } = (await import(new URL('../../lib/scan/pdf-pool.js', import.meta.url).href)) as typeof import('../../src/scan/pdf-pool.js');

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
    expect(plans).toEqual([{ perAgency: true, charts: true }]);
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
