// Loaded with `node --import`: registers a resolve hook that prints, on stderr, each npm
// package a run resolves (`loaded-package: NAME`, and `loaded-package-file: ajv/dist/ajv.js`
// for the file it resolves to) and each of the tool's own compiled
// modules (`loaded-module: cli/main.js`, below lib/), so tests can see what a command loads.
import { register } from 'node:module';

const hook = `
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(resolved.url);
  if (m) process.stderr.write('loaded-package: ' + m[1] + '\\n');
  const file = /node_modules\\/(.+)$/.exec(resolved.url);
  if (file) process.stderr.write('loaded-package-file: ' + file[1] + '\\n');
  const own = m ? null : /\\/lib\\/(.+\\.js)$/.exec(resolved.url);
  if (own) process.stderr.write('loaded-module: ' + own[1] + '\\n');
  return resolved;
}
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
