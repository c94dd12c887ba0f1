// `report preview [dir] [--port N]`: `report build --watch`, and the output folder served on
// 127.0.0.1 with a report.html that reloads itself after each build. The watcher and the
// server load when the command runs.
import { UsageError } from '../diagnostics/errors.js';
import { slashed } from '../load/files.js';
import { parseFormats } from './build.js';
import { loopbackAddress, startPreviewServer } from './preview-server.js';
import { stopCleanlyOnSignals } from './signals.js';
import { startWatching } from './watch.js';
import { cliText } from './words.js';
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

/** `report preview`: the server first (so a busy port is said at once), then the watch session. */
export async function preview(given: string, flags: PreviewFlags): Promise<void> {
  const dir = slashed(given);
  const formats = parseFormats(flags.formats);
  const port = parsePort(flags.port);
  loopbackAddress(flags.host);
  let outDir: () => string | undefined = () => undefined;
  const server = await startPreviewServer({ host: flags.host, port, root: () => outDir(), waiting: cliText('preview-waiting') });
  stopCleanlyOnSignals(() => cliText('watch-stopped'));
  process.stderr.write(`${cliText('preview-serving', { url: server.url })}\n`);
  const session = await startWatching(dir, flags, formats, (built) => server.built(built.ok));
  outDir = session.outDir;
  await new Promise(() => {});
}
