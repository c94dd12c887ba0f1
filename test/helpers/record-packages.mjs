// Loaded with `node --import`: registers a resolve hook that prints, on stderr, each npm
// package a run resolves (`loaded-package: NAME`, and `loaded-package-file: ajv/dist/ajv.js`
// for the file it resolves to) and each of the tool's own compiled
// modules (`loaded-module: cli/main.js`, below lib/), so tests can see what a command loads.
import { register } from 'node:module';

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
