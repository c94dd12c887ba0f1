// Loaded with `node --import`: registers a resolve hook that prints, on stderr, each npm
// package a run resolves (`loaded-package: NAME`, and `loaded-package-file: ajv/dist/ajv.js`
// for the file it resolves to) and each of the tool's own compiled
// modules (`loaded-module: cli/main.js`, below lib/), so tests can see what a command loads.
// CommonJS requires on the main thread are seen too (the CLI's script, lib/bundle/report.cjs,
// requires the packages it keeps out), through the CommonJS loader's resolution.
import { writeSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

// On Node 22+ the hooks run on a thread of their own, whose process.stderr is written
// asynchronously and loses its last lines when a short run exits: they write with
// writeSync to fd 2 instead, which is done before the resolution returns.

const hook = `
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(resolved.url);
  if (m) writeSync(2, 'loaded-package: ' + m[1] + '\\n');
  const file = /node_modules\\/(.+)$/.exec(resolved.url);
  if (file) writeSync(2, 'loaded-package-file: ' + file[1] + '\\n');
  const own = m ? null : /\\/lib\\/(.+\\.js)$/.exec(resolved.url);
  if (own) writeSync(2, 'loaded-module: ' + own[1] + '\\n');
  return resolved;
}
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const file = resolveFilename.call(this, request, ...rest);
  const url = file.startsWith('/') || /^[A-Za-z]:\\/.test(file) ? pathToFileURL(file).href : file;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) writeSync(2, `loaded-package: ${m[1]}\n`);
  const inside = /node_modules\/(.+)$/.exec(url);
  if (inside) writeSync(2, `loaded-package-file: ${inside[1]}\n`);
  return file;
};
