// The files that ship with the tool are read through one module, in the package folder as
// in the single executable: the precompiled validators must run from there, current.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIds, formats } from '../src/formats/index.js';
import { codeCacheName, runModuleScript, runShippedModule, shippedBytes, shippedModuleScript, shippedPath, shippedText, shippedWorker, toolVersion } from '../src/shipped-files.js';
import { createAjv, schemaHash } from '../src/schema/ajv.js';
import { submissionSchema } from '../src/validate/schema.js';
import { configSchema } from '../src/load/config.js';
import { rosterSchema } from '../src/load/roster.js';
import { precompiledValidator, validatorRuntime } from '../src/schema/precompiled.js';
import { edit, fixture } from './helpers/submissions.js';
import { runReport } from './helpers/cli.js';

// Vitest does not load .cts: the compiled module, which `npm run build` (pretest) makes.
const { codeCacheFile } = createRequire(import.meta.url)('../lib/run-script.cjs') as typeof import('../src/run-script.cjs');

interface Precompiled {
  default: ((value: unknown) => boolean) & { errors?: unknown[] | null };
  schemaHash: string;
}

const ucs2length = (text: string): number => [...text].length;

describe('shipped files', () => {
  it.each(formatIds)('the precompiled %s validator runs as a shipped module, made from the current schema', (id) => {
    const schema = submissionSchema(formats[id]);
    const precompiled = runShippedModule(`lib/validate/compiled/${id}.cjs`, { 'ajv/dist/runtime/ucs2length': { default: ucs2length } }) as Precompiled;
    expect(precompiled.schemaHash).toBe(schemaHash(schema));
    const compiled = createAjv().compile(schema);
    const bad = parse(edit(edit(fixture('submissions/valid-gb2021.yaml'), 'year: 2023', 'year: "2023"'), 'id: finance', 'id: finance\nfavourite: 1'));
    if (id === 'gb2019') bad.format = 'gb2019';
    expect(precompiled.default(bad)).toBe(false);
    expect(compiled(bad)).toBe(false);
    expect(precompiled.default.errors).toEqual(compiled.errors);
  });

  it.each([
    ['config', configSchema, { title: 1, region: '宁波市', year: 2020, format: 'gb2021', favourite: true, appendix: ['a', 'a'] }],
    ['roster', rosterSchema, { agencies: [{ id: 'Bad Id', name: 2 }], extra: 1 }],
  ] as const)('report.yaml and roster.yaml are checked by validators precompiled from their current schemas (%s)', (name, schema, bad) => {
    const precompiled = runShippedModule(`lib/validate/compiled/${name}.cjs`, validatorRuntime) as Precompiled;
    expect(precompiled.schemaHash).toBe(schemaHash(schema));
    expect(precompiledValidator(name, schema)).toBeTypeOf('function');
    const compiled = createAjv().compile(schema);
    expect(precompiled.default(bad)).toBe(false);
    expect(compiled(bad)).toBe(false);
    expect(precompiled.default.errors).toEqual(compiled.errors);
    expect(precompiled.default.errors!.length).toBeGreaterThan(2);
  });

  it.each([...formatIds, 'config', 'roster'])('the %s validator comes with V8 code that this Node takes (npm test builds lib/ with it), so a run does not compile it', (name) => {
    const file = `lib/validate/compiled/${name}.cjs`;
    // In a new process: V8 answers a source this process compiled already from memory, without looking at the cache.
    const shipped = new URL('../lib/shipped-files.js', import.meta.url).href;
    const probe = `const { shippedModuleScript, shippedText, shippedBytes, codeCacheName } = await import(${JSON.stringify(shipped)}); const f = ${JSON.stringify(file)}; process.stdout.write(String(shippedModuleScript(f, shippedText(f), Buffer.from(shippedBytes(codeCacheName(f)))).cachedDataRejected));`;
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout).toBe('false');
    // A cache made from other text is refused, and the module then compiles as before.
    const other = shippedModuleScript(file, `${shippedText(file)}\n`, Buffer.from(shippedBytes(codeCacheName(file))));
    expect(other.cachedDataRejected).toBe(true);
    expect((runModuleScript(other, file, validatorRuntime) as Precompiled).default({})).toBe(false);
  });

  it('a worker thread of the tool compiles its modules through Node\'s compile cache where Node has one (22.1+)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-worker-'));
    writeFileSync(join(dir, 'probe.mjs'), "import { parentPort } from 'node:worker_threads'; import module, { createRequire } from 'node:module'; parentPort.postMessage(String(module.getCompileCacheDir?.()));\n");
    const worker = shippedWorker(pathToFileURL(join(dir, 'probe.mjs')), {}, 'probe.cjs');
    const dirSeen = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    if (typeof (module as { getCompileCacheDir?: unknown }).getCompileCacheDir === 'function') expect(dirSeen).not.toBe('undefined');
    else expect(dirSeen).toBe('undefined');
  });

  it('a worker thread loads a CommonJS bundle with the V8 code beside it, and requires it when there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-bundle-'));
    const bundle = join(dir, 'probe.bundle.cjs');
    // It answers once it has loaded: the script it ran as is kept then.
    const text = "const { parentPort } = require('node:worker_threads'); setImmediate(() => { const script = globalThis[Symbol.for('report.bundleScript')]; parentPort.postMessage(script ? `script ${script.cachedDataRejected}` : `required ${typeof module.require}`); });\n";
    writeFileSync(bundle, text);
    const answer = async (): Promise<unknown> => {
      const worker = shippedWorker(pathToFileURL(bundle), {}, 'probe.cjs');
      const said = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
      await worker.terminate();
      return said;
    };
    expect(await answer()).toBe('required function');
    writeFileSync(codeCacheFile(bundle), new Script(module.wrap(text), { filename: bundle }).createCachedData());
    expect(await answer()).toBe('script false');
  });

  it.runIf(availableParallelism() >= 2)('the PDF worker\'s bundle ships with V8\'s code for this Node, made while it drew the example', () => {
    const bundle = fileURLToPath(new URL('../lib/scan/pdf-worker.bundle.cjs', import.meta.url));
    const cache = codeCacheFile(bundle);
    expect(existsSync(cache)).toBe(true);
    // In a new process, which has compiled nothing of the bundle yet.
    const probe = `const { Script } = require('node:vm'); const { wrap } = require('node:module'); const fs = require('node:fs'); process.stdout.write(String(new Script(wrap(fs.readFileSync(${JSON.stringify(bundle)}, 'utf8')), { cachedData: fs.readFileSync(${JSON.stringify(cache)}) }).cachedDataRejected));`;
    expect(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout).toBe('false');
    // It holds the functions drawing a report ran, not only what compiling the bundle makes (about three times as much).
    const compiledOnly = new Script(module.wrap(readFileSync(bundle, 'utf8'))).createCachedData().length;
    expect(statSync(cache).size).toBeGreaterThan(2 * compiledOnly);
  });

  it('bin/report writes the V8 code of its script only to a .v8cache file: a stray REPORT_MAIN_CODE_CACHE overwrites nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-code-'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, '用户自己的文件\n');
    expect(runReport(['--version'], dir, { REPORT_MAIN_CODE_CACHE: notes }).status).toBe(0);
    expect(readFileSync(notes, 'utf8')).toBe('用户自己的文件\n');
    const made = join(dir, 'made.v8cache');
    expect(runReport(['--version'], dir, { REPORT_MAIN_CODE_CACHE: made }).status).toBe(0);
    expect(statSync(made).size).toBeGreaterThan(0);
  });

  it('a shipped module gets only the modules it is given', () => {
    expect(() => runShippedModule('lib/validate/compiled/gb2021.cjs', {})).toThrow(/requires ajv\/dist\/runtime\/ucs2length, which is not provided/);
  });

  it('reads the fonts, the page template, the schemas and the version from the package folder', () => {
    expect(Buffer.from(shippedBytes('fonts/NotoSerifSC-Regular.ttf').subarray(0, 4)).toString('hex')).toBe('00010000');
    expect(shippedText('templates/report.html.hbs')).toContain('<html');
    expect(shippedPath('schemas/gb2021.schema.json')).toMatch(/[\\/]schemas[\\/]gb2021\.schema\.json$/);
    expect(toolVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
