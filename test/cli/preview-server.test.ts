// Which file a preview request may have: only a file inside the output folder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { get as httpGet } from 'node:http';
import { loopbackAddress, reloadScript, resolveRequest, startPreviewServer, withReloadScript } from '../../src/cli/preview-server.js';

const base = mkdtempSync(join(tmpdir(), 'report-preview-'));
const out = join(base, 'dist');
mkdirSync(join(out, 'agencies'), { recursive: true });
writeFileSync(join(out, 'report.html'), '<html><body><p>报告</p></body></html>');
writeFileSync(join(out, 'agencies', 'finance.pdf'), '%PDF');
writeFileSync(join(out, '.report-manifest.json'), '{}');
writeFileSync(join(base, 'report.yaml'), 'title: secret\n');
symlinkSync(join(base, 'report.yaml'), join(out, 'link-out.yaml'));
symlinkSync(base, join(out, 'dir-out'));
symlinkSync(join(out, 'report.html'), join(out, 'link-in.html'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveRequest', () => {
  it.each([
    ['/', 'report.html'],
    ['/report.html', 'report.html'],
    ['/report.html?reload=1', 'report.html'],
    ['/agencies/finance.pdf', 'agencies/finance.pdf'],
    ['/agencies/%66inance.pdf', 'agencies/finance.pdf'],
    ['/link-in.html', 'report.html'],
  ])('%s is %s in the output folder', (path, file) => {
    expect(resolveRequest(out, path)).toEqual({ file: join(out, file) });
  });

  it.each([
    ['/../report.yaml', 403],
    ['/agencies/../../report.yaml', 403],
    ['/%2e%2e/report.yaml', 403],
    ['/%2E%2E%2Freport.yaml', 403],
    ['/agencies/%2e%2e/%2e%2e/report.yaml', 403],
    ['/..%5creport.yaml', 400],
    ['//etc/passwd', 403],
    ['/%2Fetc%2Fpasswd', 403],
    [`/${encodeURIComponent(join(base, 'report.yaml'))}`, 403],
    ['/link-out.yaml', 403],
    ['/dir-out/report.yaml', 403],
    ['/report.html%00.png', 400],
    ['/%E0%A4%A', 400],
    ['http://example.com/report.html', 400],
    ['/.report-manifest.json', 404],
    ['/missing.pdf', 404],
    ['/agencies', 404],
  ])('%s is refused with %i', (path, status) => {
    expect(resolveRequest(out, path)).toEqual({ status });
  });
});

describe('the reload script', () => {
  it('goes before </body> of a page, and at the end of one without', () => {
    expect(withReloadScript('<html><body><p>报告</p></body></html>')).toBe(`<html><body><p>报告</p>${reloadScript}</body></html>`);
    expect(withReloadScript('<p>片段</p>')).toBe(`<p>片段</p>${reloadScript}`);
  });
});

describe('--host', () => {
  it('takes loopback names only', () => {
    expect(loopbackAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(loopbackAddress('localhost')).toBe('127.0.0.1');
    expect(loopbackAddress('::1')).toBe('::1');
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) expect(() => loopbackAddress(host)).toThrow(/this machine only/);
  });
});

describe('startPreviewServer', () => {
  const fetchText = (url: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      httpGet(url, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (t: string) => (body += t)).on('end', () => resolve({ status: res.statusCode!, body }));
      }).on('error', reject);
    });

  it('shows a page that waits for the first build until there is an output folder, then serves it', async () => {
    let folder: string | undefined;
    const server = await startPreviewServer({ host: 'localhost', port: 0, root: () => folder, waiting: '报告尚未生成' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const waiting = await fetchText(server.url);
      expect(waiting.status).toBe(503);
      expect(waiting.body).toContain('<p>报告尚未生成</p>');
      expect(waiting.body).toContain(reloadScript);
      expect((await fetchText(`${server.url}report.pdf`)).body).toBe('503 No build yet\n');
      folder = out;
      const page = await fetchText(server.url);
      expect(page.status).toBe(200);
      expect(page.body).toBe(`<html><body><p>报告</p>${reloadScript}</body></html>`);
    } finally {
      await server.close();
    }
  });
});
