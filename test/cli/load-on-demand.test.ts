// Commands load only the libraries they use (issue 15): `report --help` and a one-file
// `report validate` start without the render and import stacks, which cost time at every
// start and, in the single executable, crashed start-up (pdf.js needs DOM globals at load).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

const recorder = pathToFileURL(fileURLToPath(new URL('../helpers/record-packages.mjs', import.meta.url))).href;
const example = fileURLToPath(new URL('../../examples/ningbo-2020', import.meta.url));
const heavy = ['pdfkit', 'fontkit', 'pdfjs-dist', 'exceljs', 'handlebars', 'markdown-it', 'htmlparser2', 'fflate', 'vega', 'vega-lite', 'svg-to-pdfkit', 'subset-font', 'chokidar'];

function packagesLoaded(args: readonly string[], cwd: string): { status: number | null; packages: Set<string> } {
  const result = runReport(args, cwd, { NODE_OPTIONS: `--import ${recorder}` });
  const packages = new Set([...result.stderr.matchAll(/^loaded-package: (.+)$/gm)].map((m) => m[1]));
  return { status: result.status, packages };
}

describe('libraries load on demand', () => {
  it('report --help loads none of the render or import libraries', () => {
    const { status, packages } = packagesLoaded(['--help'], tmpdir());
    expect(status).toBe(0);
    expect(packages.has('commander')).toBe(true);
    expect(heavy.filter((p) => packages.has(p))).toEqual([]);
  });

  it('report validate of one submission loads none of them either', () => {
    const { status, packages } = packagesLoaded(['validate', 'submissions/city/market.yaml'], example);
    expect(status).toBe(0);
    expect(packages.has('ajv')).toBe(true);
    expect(heavy.filter((p) => packages.has(p))).toEqual([]);
  });

  it('report build loads the renderers its formats need, and only those', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lazy-'));
    cpSync(example, dir, { recursive: true });
    const { status, packages } = packagesLoaded(['build', '--formats', 'pdf'], dir);
    expect(status).toBe(0);
    expect(['pdfkit', 'fontkit', 'handlebars'].filter((p) => packages.has(p))).toEqual(['pdfkit', 'fontkit', 'handlebars']);
    expect(['pdfjs-dist', 'exceljs', 'htmlparser2', 'chokidar'].filter((p) => packages.has(p))).toEqual([]);
  });
});
