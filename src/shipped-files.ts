// The files that ship with the tool (fonts, page template, schemas, precompiled validators,
// package.json), by their path in the package folder: read from the package folder, or,
// in a single executable (Node SEA), from the assets built into it under the same names.
import { statSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { FontPaths } from './render/index.js';

/** The package folder: src/ and lib/ both sit one level below it. */
const packageRoot = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);

interface Sea {
  isSea(): boolean;
  getAsset(key: string): ArrayBuffer;
  getAsset(key: string, encoding: string): string;
}

function seaModule(): Sea | undefined {
  try {
    const sea = require('node:sea') as Partial<Sea>;
    return typeof sea.isSea === 'function' && typeof sea.getAsset === 'function' && sea.isSea() ? (sea as Sea) : undefined;
  } catch {
    return undefined; // Node before 20.12 has no node:sea, and is never a single executable
  }
}

const sea = seaModule();

/** Whether this process is the single executable built by `npm run dist`. */
export const isSingleExecutable = sea !== undefined;

/** Where a shipped file lies on disk; undefined in a single executable, which has no such folder. */
export function shippedPath(name: string): string | undefined {
  return sea ? undefined : fileURLToPath(new URL(name, packageRoot));
}

/** The two weights of Noto Serif SC the PDF embeds unless report.yaml names other fonts (scripts/fonts.mjs copies them). */
export const shippedFonts = { body: 'fonts/NotoSerifSC-Regular.ttf', heading: 'fonts/NotoSerifSC-Bold.ttf' } as const;

/** The files of shippedFonts; undefined in a single executable. */
export function shippedFontPaths(): FontPaths | undefined {
  const [body, heading] = [shippedPath(shippedFonts.body), shippedPath(shippedFonts.heading)];
  return body && heading ? { body, heading } : undefined;
}

/** A shipped file's bytes, e.g. `fonts/NotoSerifSC-Regular.ttf`. */
export function shippedBytes(name: string): Uint8Array {
  return sea ? new Uint8Array(sea.getAsset(name)) : readFileSync(new URL(name, packageRoot));
}

export function shippedText(name: string): string {
  return sea ? sea.getAsset(name, 'utf8') : readFileSync(new URL(name, packageRoot), 'utf8');
}

/** The tool's version, from its package.json. */
export function toolVersion(): string {
  return (JSON.parse(shippedText('package.json')) as { version: string }).version;
}

/**
 * What tells one build of the tool from another: its version and the size and time of a
 * file that every build rewrites (the executable itself, when single).
 */
export function toolBuildStamp(): string {
  const file = sea ? process.execPath : fileURLToPath(new URL('lib/validate/compiled/gb2021.cjs', packageRoot));
  try {
    const s = statSync(file, { bigint: true });
    return `${toolVersion()}:${s.size}:${s.mtimeNs}`;
  } catch {
    return `${toolVersion()}:`;
  }
}

const hostImportKey = Symbol.for('report.import');

/**
 * import() of an ES module package (pdf.js) by bin/report, when it runs the CLI as a script
 * with V8's code from a cache: on Node 20 an import() in code taken from a cache fails ("A
 * dynamic import callback was not specified"), so bin/report lends the script its own.
 * Undefined elsewhere, where the caller's own import() serves (and names the package to
 * the bundlers).
 */
export function lentImport<T>(specifier: string): Promise<T> | undefined {
  return (globalThis as { [hostImportKey]?: (specifier: string) => Promise<T> })[hostImportKey]?.(specifier);
}

/** Where `npm run build` writes V8's compiled code of a shipped module (src/validate/precompile.ts). */
export const codeCacheName = (name: string): string => `${name}.v8cache`;

/**
 * A shipped CommonJS module as a script whose value is its module function. Build and run
 * make it from the same text here: V8 takes a code cache only for the very source it was
 * made from (and only from the same V8 version and flags; else it compiles as usual).
 */
export function shippedModuleScript(name: string, source: string, cachedData?: Buffer): Script {
  return new Script(`(function (module, exports, require) {${source}\n})`, { filename: name, cachedData });
}

type ModuleFunction = (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;

/** Runs a shipped module's script (shippedModuleScript) with a `require` that gives only the modules in `provided`. */
export function runModuleScript(script: Script, name: string, provided: Readonly<Record<string, unknown>>): unknown {
  const module = { exports: {} as unknown };
  const requireProvided = (id: string): unknown => {
    if (Object.hasOwn(provided, id)) return provided[id];
    throw new Error(`${name} requires ${id}, which is not provided`);
  };
  (script.runInThisContext() as ModuleFunction)(module, module.exports, requireProvided);
  return module.exports;
}

function codeCache(name: string): Buffer | undefined {
  if (sea) return undefined;
  try {
    return readFileSync(new URL(codeCacheName(name), packageRoot));
  } catch {
    return undefined;
  }
}

/**
 * Runs a shipped CommonJS module (a precompiled validator) and returns its exports. Its
 * `require` gets only the modules named in `provided`, so it runs the same from the
 * package folder and from a single executable, where nothing can be required from disk.
 * The package folder's code cache spares compiling it: a gb2019 validator's first
 * submission took 27 ms with it compiled at run time and under 1 ms from the cache.
 */
export function runShippedModule(name: string, provided: Readonly<Record<string, unknown>>): unknown {
  return runModuleScript(shippedModuleScript(name, shippedText(name), codeCache(name)), name, provided);
}

/** Where a worker keeps the script of its bundle (bundleStart), for bundleScript. */
const bundleScriptKey = 'report.bundleScript';

/**
 * What a worker thread runs to load a CommonJS bundle of the tool (the PDF worker's): with
 * V8's code from `npm run build` beside it, the bundle runs as a script that takes it
 * (src/run-script.cts); without, it is required, compiled through Node's compile cache,
 * unless REPORT_WORKER_CODE_CACHE asks the worker to make that code (pdf-worker.ts).
 */
function bundleStart(bundle: string): string {
  return `{
  const { codeCacheOf, runScript } = require(${JSON.stringify(fileURLToPath(new URL('lib/run-script.cjs', packageRoot)))});
  const file = ${JSON.stringify(bundle)};
  const cachedData = codeCacheOf(file);
  if (!cachedData && !process.env.REPORT_WORKER_CODE_CACHE) require(file);
  else globalThis[Symbol.for(${JSON.stringify(bundleScriptKey)})] = runScript(file, cachedData);
}`;
}

/** The script this worker's bundle runs as (for its code, with every function run so far); undefined unless bundleStart ran it so. */
export function bundleScript(): Script | undefined {
  return (globalThis as { [key: symbol]: Script | undefined })[Symbol.for(bundleScriptKey)];
}

/**
 * A worker thread running a module of the tool: the compiled file beside its caller, or,
 * in a single executable, the bundle that `npm run dist` ships as the asset `bundled`
 * (scripts/dist.mjs names the source each such asset is bundled from).
 */
export function shippedWorker(module: URL, options: WorkerOptions, bundled: string): Worker {
  if (sea) return new Worker(sea.getAsset(bundled, 'utf8'), { ...options, eval: true });
  // Node's compile cache (22.1+), which bin/report turns on, is off in a new thread: the
  // worker turns it on before it loads its module, which then compiles from the cache (the
  // PDF worker's bundle took about 175 ms of CPU to load on Node 24 without it, 100 with it).
  const load = module.pathname.endsWith('.cjs') ? bundleStart(fileURLToPath(module)) : `import(${JSON.stringify(module.href)});`;
  return new Worker(`require('node:module').enableCompileCache?.();\n${load}`, { ...options, eval: true });
}
