// Commands load only the libraries they use (issue 15): `report --help` and a one-file
// `report validate` start without the render and import stacks, which cost time at every
// start and, in the single executable, crashed start-up (pdf.js needs DOM globals at load).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

const recorder = pathToFileURL(fileURLToPath(new URL('../helpers/record-packages.mjs', import.meta.url))).href;
const example = fileURLToPath(new URL('../../examples/ningbo-2020', import.meta.url));
const heavy = ['pdfkit', 'fontkit', 'pdfjs-dist', 'exceljs', 'handlebars', 'markdown-it', 'htmlparser2', 'fflate', 'subset-font', 'chokidar'];

/** The modules of lib/ that run a command, and the stages they call: `--help` needs none of them. */
const actions = ['cli/init.js', 'cli/new.js', 'cli/validate.js', 'cli/build.js', 'cli/convert.js', 'cli/import.js', 'cli/schema.js', 'cli/diff.js', 'cli/common.js'];
const stages = /^(load\/(?!output-formats\.js)|read\/|validate\/|schema\/|consolidate\/|narrative\/|render\/|scan\/|build\.js)/;

const compiledMain = fileURLToPath(new URL('../../lib/cli/main.js', import.meta.url));

/**
 * What a run loads: through bin/report, as a user runs it (`from: 'script'`: the CLI as one
 * script, lib/bundle/report.cjs, with the V8 code `npm run build` made for it, where only the
 * packages it keeps out show, as it requires them); through bin/report without that code
 * (`from: 'bin'`: the ES module bundle of lib/bundle/, whose chunks have no names to check,
 * but name the packages bundled into them); or with `from: 'lib'` from lib/cli/main.js, the
 * modules esbuild bundles, where each of the tool's modules shows by its name.
 */
function packagesLoaded(args: readonly string[], cwd: string, from: 'script' | 'bin' | 'lib' = 'bin'): { status: number | null; stdout: string; packages: Set<string>; packageFiles: Set<string>; modules: Set<string> } {
  const result =
    from === 'lib'
      ? spawnSync(process.execPath, ['--import', recorder, compiledMain, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', REPORT_LANG: 'en' } })
      : runReport(args, cwd, { NODE_OPTIONS: `--import ${recorder}`, REPORT_NO_CODE_CACHE: from === 'bin' ? '1' : '' });
  const packages = new Set([...result.stderr.matchAll(/^loaded-package: (.+)$/gm)].map((m) => m[1]));
  const packageFiles = new Set([...result.stderr.matchAll(/^loaded-package-file: (.+)$/gm)].map((m) => m[1]));
  const modules = new Set([...result.stderr.matchAll(/^loaded-module: (.+)$/gm)].map((m) => m[1]));
  // Packages bundled into a chunk (scripts/bundle-lib.mjs) are resolved by no one: esbuild heads each of their modules with its path.
  for (const module of modules) {
    if (!module.startsWith('bundle/')) continue;
    for (const m of readFileSync(new URL(`../../lib/${module}`, import.meta.url), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(m[1]);
  }
  return { status: result.status, stdout: result.stdout, packages, packageFiles, modules };
}

/** The kept-out packages a command of the script may require: none of the render or import stacks. */
const keptOutHeavy = ['pdfkit', 'fontkit', 'pdfjs-dist', 'exceljs', 'subset-font', 'chokidar'];

// Vitest does not load .cts: the compiled module, which `npm run build` (pretest) makes.
const { codeCacheFile } = createRequire(import.meta.url)('../../lib/run-script.cjs') as typeof import('../../src/run-script.cjs');

/** Whether `npm run build` made the script's V8 code for this Node (scripts/code-caches.mjs): then bin/report runs the script. */
const scriptRuns = existsSync(codeCacheFile(fileURLToPath(new URL('../../lib/bundle/report.cjs', import.meta.url))));

describe('libraries load on demand', () => {
  it('report --help loads none of the render or import libraries', () => {
    const { status, packages } = packagesLoaded(['--help'], tmpdir());
    expect(status).toBe(0);
    expect(packages.has('commander')).toBe(true);
    expect(heavy.filter((p) => packages.has(p))).toEqual([]);
  });

  it('report --help, help COMMAND, COMMAND --help and --version load commander and the command line\'s shape only: no ajv, yaml or command action', () => {
    for (const args of [['--help'], ['--help', '--lang', 'zh-CN'], ['help', 'build'], ['validate', '--help'], ['--version']]) {
      const bundled = packagesLoaded(args, tmpdir());
      expect(bundled.status, args.join(' ')).toBe(0);
      expect(bundled.stdout, args.join(' ')).not.toBe('');
      expect([...bundled.packages], args.join(' ')).toEqual(['commander']);
      const { stdout, packages, modules } = packagesLoaded(args, tmpdir(), 'lib');
      expect(stdout, args.join(' ')).toBe(bundled.stdout);
      expect([...packages], args.join(' ')).toEqual(['commander']);
      expect(modules.has('cli/commands.js'), args.join(' ')).toBe(true);
      expect([...modules].filter((m) => actions.includes(m) || stages.test(m)), args.join(' ')).toEqual([]);
    }
  });

  it('bin/report runs the bundle that npm run build makes: the script with its V8 code, or else the ES module bundle', () => {
    expect(scriptRuns).toBe(true);
    const script = packagesLoaded(['--version'], tmpdir(), 'script');
    expect(script.status).toBe(0);
    expect(script.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect([...script.modules].filter((m) => m.startsWith('bundle/') || m.startsWith('cli/'))).toEqual([]);
    const { status, stdout, modules } = packagesLoaded(['--version'], tmpdir());
    expect(status).toBe(0);
    expect(stdout).toBe(script.stdout);
    expect(modules.has('bundle/main.js')).toBe(true);
    expect(modules.has('cli/main.js')).toBe(false);
  });

  it('the script requires none of the packages it keeps out for help, and none of the render or import stacks to validate one submission or build a PDF', { timeout: 120_000 }, () => {
    for (const args of [['--help'], ['help', 'build'], ['--version']]) {
      const { status, packages } = packagesLoaded(args, tmpdir(), 'script');
      expect(status, args.join(' ')).toBe(0);
      expect([...packages], args.join(' ')).toEqual([]);
    }
    const validate = packagesLoaded(['validate', 'submissions/city/market.yaml'], example, 'script');
    expect(validate.status).toBe(0);
    expect(validate.packageFiles.has('ajv/dist/runtime/ucs2length.js')).toBe(true);
    expect(validate.packageFiles.has('ajv/dist/ajv.js')).toBe(false);
    expect(keptOutHeavy.filter((p) => validate.packages.has(p))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'report-lazy-'));
    cpSync(example, dir, { recursive: true });
    const build = packagesLoaded(['build', '--formats', 'pdf'], dir, 'script');
    expect(build.status).toBe(0);
    expect(existsSync(join(dir, 'dist/report.pdf'))).toBe(true);
    expect(['pdfjs-dist', 'exceljs', 'chokidar'].filter((p) => build.packages.has(p))).toEqual([]);
  });

  it('a command loads its own action and no other command\'s', () => {
    const { status, modules } = packagesLoaded(['schema', '--format', 'gb2019'], tmpdir(), 'lib');
    expect(status).toBe(0);
    expect(actions.filter((m) => modules.has(m))).toEqual(['cli/schema.js']);
  });

  it('report validate of one submission loads none of them either', () => {
    const { status, packages } = packagesLoaded(['validate', 'submissions/city/market.yaml'], example);
    expect(status).toBe(0);
    expect(packages.has('ajv')).toBe(true);
    expect(heavy.filter((p) => packages.has(p))).toEqual([]);
  });

  it("report validate of one submission runs the precompiled validator without loading ajv's compiler, report.yaml's or the roster's loader", () => {
    const { status, packageFiles } = packagesLoaded(['validate', 'submissions/city/market.yaml'], example);
    expect(status).toBe(0);
    expect(packageFiles.has('ajv/dist/runtime/ucs2length.js')).toBe(true);
    expect(packageFiles.has('ajv/dist/ajv.js')).toBe(false);
    const { modules } = packagesLoaded(['validate', 'submissions/city/market.yaml'], example, 'lib');
    expect(['load/config.js', 'load/roster.js', 'schema/ajv.js', 'cli/build.js'].filter((m) => modules.has(m))).toEqual([]);
  });

  it("report validate of a project folder checks report.yaml and the roster with their precompiled validators, without ajv's compiler", () => {
    const { status, packageFiles } = packagesLoaded(['validate', '.'], example);
    expect(status).toBe(0);
    expect(packageFiles.has('ajv/dist/runtime/equal.js')).toBe(true);
    expect(packageFiles.has('ajv/dist/ajv.js')).toBe(false);
  });

  it('bin/report starts the PDF worker from a module that loads nothing else of the tool\'s before the command\'s own', () => {
    const early = new URL('../../lib/scan/pdf-early.js', import.meta.url).href;
    const result = spawnSync(process.execPath, ['--import', recorder, '--input-type=module', '-e', `await import(${JSON.stringify(early)})`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect([...result.stderr.matchAll(/^loaded-module: (.+)$/gm)].map((m) => m[1]).sort()).toEqual(['scan/pdf-early.js', 'shipped-files.js']);
    expect(readFileSync(new URL('../../bin/report', import.meta.url), 'utf8')).toContain("'../lib/scan/pdf-early.js'");
  });

  it('report build loads the renderers its formats need, and only those', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lazy-'));
    cpSync(example, dir, { recursive: true });
    const { status, packages } = packagesLoaded(['build', '--formats', 'pdf'], dir);
    expect(status).toBe(0);
    // pdfkit and fontkit draw the PDF: on a worker thread from one bundled file (no package to
    // resolve) where there are two cores, else in the main thread.
    expect(existsSync(join(dir, 'dist/report.pdf'))).toBe(true);
    expect(packages.has('handlebars')).toBe(true);
    expect(['pdfjs-dist', 'exceljs', 'htmlparser2', 'chokidar'].filter((p) => packages.has(p))).toEqual([]);
  });
});
