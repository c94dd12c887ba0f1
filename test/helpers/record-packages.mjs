// Loaded with `node --import`: registers a resolve hook that prints, on stderr, each npm
// package a run resolves (`loaded-package: NAME`) and each of the tool's own compiled
// modules (`loaded-module: cli/main.js`, below lib/), so tests can see what a command loads.
import { register } from 'node:module';

const hook = `
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(resolved.url);
  if (m) process.stderr.write('loaded-package: ' + m[1] + '\\n');
  const own = m ? null : /\\/lib\\/(.+\\.js)$/.exec(resolved.url);
  if (own) process.stderr.write('loaded-module: ' + own[1] + '\\n');
  return resolved;
}
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
