// esbuild plugins for `npm run dist`: dependencies that reach for their own files at run
// time, taught to find them inside a single executable (which has no node_modules).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';

/**
 * pdfkit requires its standard-font metrics with createRequire(import.meta.url), which a
 * single executable cannot serve: each such require becomes a plain one esbuild follows.
 */
export const pdfkitStandardFonts = {
  name: 'pdfkit-standard-fonts',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit(\.node\.mjs|\.js)$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const fonts = join(dirname(path), 'standard-fonts');
      let count = 0;
      const contents = text.replace(/require\$1\('#standard-fonts\/(\w+)'\)/g, (_, name) => {
        count++;
        return `require(${JSON.stringify(join(fonts, `${name}.cjs`))})`;
      });
      if (count === 0) throw new Error(`${path} no longer loads its standard fonts as scripts/dist-plugins.mjs expects`);
      return { contents, loader: 'js' };
    });
  },
};

const modules = new Set(['.js', '.cjs', '.mjs', '.ts', '.node']);

/** The asset name a dependency's data file ships under, by the specifier its code resolves. */
export const dependencyAssetName = (specifier) => `dependency/${specifier}`;

/**
 * A dependency that finds a data file with require.resolve('pkg/file.wasm') and reads it
 * (subset-font does so for harfbuzz): the file goes in as an asset (collected into
 * `assets`, name → path), and the call becomes __reportDependencyFile('pkg/file.wasm'),
 * defined by `dependencyFileBanner`, which gives the file's path: resolved as before
 * outside an executable, written once to the temporary folder inside one.
 */
export function dependencyFiles(assets) {
  return {
    name: 'dependency-files',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, ({ path }) => {
        const text = readFileSync(path, 'utf8');
        if (!text.includes('require.resolve(')) return undefined;
        const require = createRequire(path);
        let changed = false;
        const contents = text.replace(/require\.resolve\(\s*(['"])([^'"]+)\1\s*\)/g, (call, _, specifier) => {
          let file;
          try {
            file = require.resolve(specifier);
          } catch {
            return call; // an optional file that is not installed: left as it is
          }
          if (modules.has(extname(file))) return call;
          assets[dependencyAssetName(specifier)] = file;
          changed = true;
          return `__reportDependencyFile(${JSON.stringify(specifier)})`;
        });
        return changed ? { contents, loader: 'js' } : undefined;
      });
    },
  };
}

export const dependencyFileBanner = `var __reportDependencyFile = (specifier) => {
  const sea = require('node:sea');
  if (!sea.isSea()) return require.resolve(specifier);
  const bytes = Buffer.from(sea.getAsset(${JSON.stringify(dependencyAssetName(''))} + specifier));
  const name = require('node:crypto').createHash('sha256').update(bytes).digest('hex').slice(0, 16) + '-' + specifier.split('/').pop();
  const file = require('node:path').join(require('node:os').tmpdir(), 'report-' + name);
  const fs = require('node:fs');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file + '.' + process.pid, bytes);
    fs.renameSync(file + '.' + process.pid, file);
  }
  return file;
};`;

/**
 * pdfjs-dist (report import) in Node loads the native @napi-rs/canvas when it loads, and
 * runs its worker by importing pdf.worker.mjs from beside itself: neither can happen in an
 * executable. The canvas is only for drawing pages, which report never does, so the
 * require is dropped (with the stand-ins below nothing is missing); the worker module is
 * bundled and handed to pdfjs as globalThis.pdfjsWorker, which it uses instead.
 */
export const pdfjsInBundle = {
  name: 'pdfjs-in-bundle',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const canvas = /(?<!const )canvas = require\("@napi-rs\/canvas"\);/g;
      if ((text.match(canvas) ?? []).length !== 1) throw new Error(`${path} no longer loads @napi-rs/canvas as scripts/dist-plugins.mjs expects`);
      const contents = `${text.replace(canvas, 'canvas = undefined;')}
import * as __reportPdfWorker from "./pdf.worker.mjs";
globalThis.pdfjsWorker ??= __reportPdfWorker;
`;
      return { contents, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/**
 * pdfjs-dist (report import) looks for DOMMatrix, ImageData and Path2D when it loads and,
 * in Node, borrows them from the native @napi-rs/canvas, which cannot go into an
 * executable: without them it stops at load (`new DOMMatrix()`), and so would every
 * command. Reading a PDF's text and ruling uses none of them (only drawing a page does),
 * so the executable defines inert stand-ins; .ci/run checks that importing a PDF gives the
 * same submission as the installed package.
 */
export const canvasStandInsBanner = `if (typeof globalThis.DOMMatrix === 'undefined') globalThis.DOMMatrix = class DOMMatrix { constructor() { Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }); } };
if (typeof globalThis.ImageData === 'undefined') globalThis.ImageData = class ImageData {};
if (typeof globalThis.Path2D === 'undefined') globalThis.Path2D = class Path2D {};`;
