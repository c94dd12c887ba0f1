// `report preview [dir] [--port N]`: `report build --watch`, and the output folder served on
// 127.0.0.1 with a report.html that reloads itself after each build. The watcher and the
// server load when the command runs.
import type { Command } from 'commander';
import { UsageError } from '../diagnostics/errors.js';
import { outputFormats } from '../load/config.js';
import { slashed } from '../load/files.js';
import { parseFormats } from './build.js';
import { addCommonOptions } from './common.js';
import { currentLang } from './lang.js';
import type { WatchFlags } from './watch.js';

interface PreviewFlags extends WatchFlags {
  readonly formats?: string;
  readonly port: string;
  readonly host: string;
}

export const defaultPort = 8765;

function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError('port-invalid', { given: text });
  return Number(text);
}

export function previewCommand(program: Command): void {
  const en = currentLang() === 'en';
  addCommonOptions(
    program
      .command('preview')
      .description('build, serve the output folder on 127.0.0.1, and rebuild and reload the page after each change')
      .argument('[dir]', 'the project folder (with report.yaml)', '.')
      .option('--port <n>', en ? 'the port to listen on (0: a free one)' : '监听的端口（0：任选一个空闲端口）', String(defaultPort))
      .option('--host <address>', en ? 'the loopback address to listen on: 127.0.0.1, localhost or ::1' : '监听的本机地址：127.0.0.1、localhost 或 ::1', '127.0.0.1')
      .option('--out <dir>', 'output folder (default: output.dir of report.yaml)')
      .option('--formats <list>', `comma-separated: ${outputFormats.join(',')} (default: output.formats of report.yaml)`)
      .option('--per-agency', "also render each agency's own report into agencies/")
      .option('--previous-build <report.json>', 'the report.json published before: append a 更正说明 of what changed')
      .option('--embed-fonts', "put the PDF's fonts into report.html (a subset of the characters it prints, as WOFF2)"),
  ).action(async (given: string, flags: PreviewFlags) => {
    const dir = slashed(given);
    const formats = parseFormats(flags.formats);
    const port = parsePort(flags.port);
    const [{ startPreviewServer, loopbackAddress }, { startWatching }, { watchWords }, { stopCleanlyOnSignals }] = await Promise.all([
      import('./preview-server.js'),
      import('./watch.js'),
      import('./watch-words.js'),
      import('./signals.js'),
    ]);
    loopbackAddress(flags.host);
    const words = watchWords[currentLang()];
    let outDir: () => string | undefined = () => undefined;
    const server = await startPreviewServer({ host: flags.host, port, root: () => outDir(), waiting: words.waiting });
    stopCleanlyOnSignals(() => words.stopped);
    process.stderr.write(`${words.serving(server.url)}\n`);
    const session = await startWatching(dir, flags, formats, (built) => server.built(built.ok));
    outDir = session.outDir;
    await new Promise(() => {});
  });
}
