// `report preview` as a user runs it, on a copy of the Ningbo example: it listens on
// 127.0.0.1 only, serves report.html with the reload script (the file on disk has none),
// refuses paths outside the output folder, and tells the page when a build has finished.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';
import { startReport, type Watching } from '../helpers/watching.js';

const example = fileURLToPath(new URL('../../examples/ningbo-2020', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'report-preview-'));
cpSync(example, dir, { recursive: true });

let preview: Watching;
let port: number;

beforeAll(async () => {
  preview = startReport(['preview', '--port', '0'], dir, { REPORT_LANG: 'zh-CN', REPORT_WATCH_QUIET_MS: '300' });
  await preview.waitFor(/^正在监视输入文件的变化/m, 0, 120_000);
  port = Number(/^预览地址：http:\/\/127\.0\.0\.1:(\d+)\//m.exec(preview.stderr())![1]);
}, 150_000);
afterAll(async () => {
  await preview?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A request with the path exactly as given (no normalising by the client). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (t: string) => (body += t)).on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject).end();
  });
}

describe('report preview', () => {
  it('serves report.html with the reload script; the file on disk has none', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('宁波市2020年政府信息公开工作年度报告');
    expect(page.body).toMatch(/new EventSource\("\/__report\/events"\)[^<]*<\/script><\/body>/);
    expect(readFileSync(join(dir, 'dist', 'report.html'), 'utf8')).not.toContain('EventSource');
    const pdf = await get('/report.pdf');
    expect([pdf.status, pdf.type, pdf.body.slice(0, 5)]).toEqual([200, 'application/pdf', '%PDF-']);
  });

  it('refuses paths outside the output folder and hidden files', async () => {
    for (const path of ['/../report.yaml', '/%2e%2e/report.yaml', '/%2E%2E%2Froster.yaml', '//etc/passwd', `/${encodeURIComponent(join(dir, 'report.yaml'))}`]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(403);
      expect(answer.body, path).not.toMatch(/title:|agencies:|root:/);
    }
    expect((await get('/.report-manifest.json')).status).toBe(404);
    expect((await get('/.report-cache/index.json')).status).toBe(404);
  });

  it('answers only requests addressed to the loopback name (no DNS rebinding)', async () => {
    expect((await get('/', { host: 'attacker.example' })).status).toBe(403);
    expect((await get('/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('listens on loopback only', async () => {
    const outside = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4');
    if (outside) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({ host: outside.address, port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');
    }
    const wide = runReport(['preview', '--host', '0.0.0.0', '--port', '0'], dir);
    expect(wide.status).toBe(2);
    expect(wide.stderr).toMatch(/^report: --host 0\.0\.0\.0: the preview is served on this machine only/m);
  });

  it('tells the open page when a build has finished, after the outputs are written', { timeout: 120_000 }, async () => {
    const event = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/__report/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.setEncoding('utf8').on('data', (t: string) => {
          text += t;
          if (text.startsWith(': connected')) {
            if (!text.includes('event: built')) {
              if (!writing) {
                writing = true;
                const problems = join(dir, 'narrative', 'problems.md');
                writeFileSync(problems, readFileSync(problems, 'utf8').replace('。', '，正在整改。'));
              }
              return;
            }
            const end = text.indexOf('\n\n', text.indexOf('event: built'));
            if (end === -1) return;
            req.destroy();
            resolve(text.slice(text.indexOf('event: built'), end));
          }
        });
      });
      let writing = false;
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error))).end();
    });
    expect(event).toBe('event: built\ndata: {"ok":true}');
    expect(readFileSync(join(dir, 'dist', 'report.html'), 'utf8')).toContain('正在整改');
    expect((await get('/')).body).toContain('正在整改');
  });
});
