// A CommonJS file of the tool (the CLI's script, lib/bundle/report.cjs, and the PDF worker's
// bundle) run as a vm.Script with V8's code for it, which `npm run build` makes after the
// file ran (scripts/code-caches.mjs): the functions that ran then are not compiled again.
// Node's own compile cache is made as a module is compiled, before it runs, and so holds
// little beyond the top level. bin/report and the worker threads (shipped-files.ts,
// bundleStart) both run a file through here; it is CommonJS, so that either can require it
// before anything else of the tool loads.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module = require('node:module');
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Where V8's code for `file` is kept: beside it, for the V8 that made it, so that another Node finds none rather than code it would refuse. */
export function codeCacheFile(file: string): string {
  return `${file}.${process.versions.v8}.v8cache`;
}

/** V8's code for `file` made by this V8, if `npm run build` made it. */
export function codeCacheOf(file: string): Buffer | undefined {
  try {
    return readFileSync(codeCacheFile(file));
  } catch {
    return undefined;
  }
}

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

/** The CommonJS `file` compiled as a script, with `cachedData` if V8 takes it (script.cachedDataRejected says whether it did). */
export function compiledScript(file: string, cachedData: Buffer | undefined): Script {
  return new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
}

/**
 * Runs the CommonJS `file` as a script compiled with `cachedData` (V8 compiles it as usual if
 * it refuses the code), and returns the script, whose code can be saved once it has run.
 */
export function runScript(file: string, cachedData: Buffer | undefined): Script {
  const script = compiledScript(file, cachedData);
  const module = { exports: {} };
  (script.runInThisContext() as ModuleFunction).call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  return script;
}

/**
 * Writes V8's code of `script`, with every function that has run so far, to `out`: only to a
 * file named as codeCacheFile names them (….v8cache), so that the variable naming it
 * (REPORT_MAIN_CODE_CACHE, REPORT_WORKER_CODE_CACHE), set by mistake, overwrites nothing else.
 */
export function saveCodeCache(script: Script, out: string): void {
  if (!out.endsWith('.v8cache')) return;
  writeFileSync(`${out}.part`, script.createCachedData());
  renameSync(`${out}.part`, out);
}
