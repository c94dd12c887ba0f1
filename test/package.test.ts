// The offline tarball (`npm pack`) must carry every runtime dependency: npm rewrites
// `bundleDependencies: true` as a list when a package is installed, and a dependency
// added later is then left out of the tarball unless the list names it too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  bundleDependencies?: boolean | string[];
  files: string[];
};

describe('package.json', () => {
  it('bundles every runtime dependency into the tarball', () => {
    const bundled = pkg.bundleDependencies === true ? Object.keys(pkg.dependencies) : (pkg.bundleDependencies || []);
    expect(Object.keys(pkg.dependencies).filter((name) => !bundled.includes(name))).toEqual([]);
  });

  it('ships the compiled tool, the fonts, the schemas and the templates', () => {
    expect([...pkg.files].sort()).toEqual(expect.arrayContaining(['bin', 'fonts', 'lib', 'schemas', 'templates']));
  });
});
