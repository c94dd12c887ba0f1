// The HTTP side of `report preview`: serves the output folder on the loopback interface
// only, never a file outside it (no `..`, no encoded `..`, no symbolic link leading out,
// no hidden file), and tells the open pages when a build has finished (Server-Sent Events),
// so that report.html reloads itself. The reload script is added to HTML pages as they are
// served; the files on disk stay as `report build` writes them.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../diagnostics/errors.js';

/** The address every preview listens on; `--host` may name only these. */
export const loopbackHosts: Readonly<Record<string, string>> = { '127.0.0.1': '127.0.0.1', localhost: '127.0.0.1', '::1': '::1' };

export const eventsPath = '/__report/events';

/** Reloads the page after a build that wrote new outputs. */
export const reloadScript = `<script>new EventSource(${JSON.stringify(eventsPath)}).addEventListener('built', (e) => { if (JSON.parse(e.data).ok) location.reload(); });</script>`;

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewServer {
  readonly url: string;
  /** Tells every open page that a build has finished; `ok` when it wrote new outputs. */
  built(ok: boolean): void;
  close(): Promise<void>;
}

const isUnder = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * The file a request path names inside `root`, or the HTTP status refusing it: 400 for a
 * path that is not one, 403 for one that leads outside, 404 for what is not there (and for
 * hidden files: the manifest, the build cache, the staging folders).
 */
export function resolveRequest(root: string, urlPath: string): { readonly file: string } | { readonly status: 400 | 403 | 404 } {
  if (!urlPath.startsWith('/')) return { status: 400 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 400 };
  // `..` anywhere, or an empty segment (`//etc/passwd`, `/%2Fetc`): a way out, not a file here.
  const segments = pathname.split('/').slice(1);
  if (pathname !== '/' && segments.some((segment) => segment === '..' || segment === '')) return { status: 403 };
  const relative = pathname === '/' ? 'report.html' : pathname.slice(1);
  if (relative.split('/').some((segment) => segment.startsWith('.'))) return { status: 404 };
  const base = resolve(root);
  const file = resolve(base, relative);
  if (!isUnder(file, base) || file === base) return { status: 403 };
  let real: string;
  let realBase: string;
  try {
    realBase = realpathSync(base);
    real = realpathSync(file);
  } catch {
    return { status: 404 };
  }
  if (!isUnder(real, realBase)) return { status: 403 };
  try {
    if (!statSync(real).isFile()) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  return { file: real };
}

const statusText: Readonly<Record<number, string>> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 503: 'No build yet' };

/** `waiting`: the words of the page `/` shows until report.html exists; it reloads itself then. */
function refuse(response: ServerResponse, status: number, waiting?: string): void {
  const escaped = waiting?.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const page = escaped !== undefined;
  const body = page ? `<!doctype html><meta charset="utf-8"><title>report preview</title><p>${escaped}</p>${reloadScript}\n` : `${status} ${statusText[status]}\n`;
  response.writeHead(status, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}

/** A page after the build's `</body>` gets the reload script; a fragment gets it at the end. */
export function withReloadScript(html: string): string {
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + reloadScript : html.slice(0, end) + reloadScript + html.slice(end);
}

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  /** The output folder to serve, as of now (undefined until a build has read report.yaml). */
  readonly root: () => string | undefined;
  /** What `/` says until report.html has been built, in the user's language. */
  readonly waiting: string;
}

/** Checks `--host`: a loopback name or address only. */
export function loopbackAddress(host: string): string {
  const address = loopbackHosts[host];
  if (!address) throw new UsageError('preview-host', { host });
  return address;
}

export async function startPreviewServer({ host, port, root, waiting }: ServeOptions): Promise<PreviewServer> {
  const address = loopbackAddress(host);
  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => void answer(request, response));
  let allowedHosts = new Set<string>();

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('x-content-type-options', 'nosniff');
    // A page of another site reaching 127.0.0.1 through its own DNS name (DNS rebinding) names its own host.
    if (!allowedHosts.has(request.headers.host ?? '')) return refuse(response, 403);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
    const url = request.url ?? '/';
    if (url.split('?')[0] === eventsPath) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    // Browsers ask for an icon the report does not have; no content, rather than an error in the console.
    if (url === '/favicon.ico') {
      response.writeHead(204, { 'cache-control': 'no-store' });
      return void response.end();
    }
    const folder = root();
    const isPage = url === '/' || url.startsWith('/?') || url.startsWith('/report.html');
    if (folder === undefined) return refuse(response, 503, isPage ? waiting : undefined);
    const found = resolveRequest(folder, url);
    if ('status' in found) return refuse(response, found.status, isPage && found.status === 404 ? waiting : undefined);
    const type = contentTypes[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      let html: string;
      try {
        html = withReloadScript(await readFile(found.file, 'utf8'));
      } catch {
        return refuse(response, 404, isPage ? waiting : undefined);
      }
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(html) });
      response.end(request.method === 'HEAD' ? undefined : html);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(found.file)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  await new Promise<void>((listening, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new UsageError('preview-port-busy', { port }, { cause: error }) : error),
    );
    server.listen(port, address, () => listening());
  });
  const actual = (server.address() as AddressInfo).port;
  const shown = address.includes(':') ? `[${address}]` : address;
  allowedHosts = new Set([`${shown}:${actual}`, `localhost:${actual}`]);
  return {
    url: `http://${shown}:${actual}/`,
    built(ok) {
      for (const listener of listeners) listener.write(`event: built\ndata: ${JSON.stringify({ ok })}\n\n`);
    },
    async close() {
      for (const listener of listeners) listener.end();
      listeners.clear();
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
    },
  };
}
