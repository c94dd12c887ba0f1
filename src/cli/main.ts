// The `report` command: commander wiring, and the mapping of failures to exit statuses.
import { Command, CommanderError } from 'commander';
import { InternalError, UsageError } from '../diagnostics/errors.js';
import { commands } from './commands.js';
import { toolVersion } from '../shipped-files.js';
import { chooseLang, currentLang, setLang } from './lang.js';
import { localizeCommands, localizeRoot } from './help.js';
import { cliText } from './words.js';

function program(): Command {
  const lang = currentLang();
  const root = new Command('report')
    .version(toolVersion(), '-V, --version', lang === 'en' ? 'output the version number' : '显示版本号')
    .option('--lang <lang>', 'zh-CN (the default) or en; also REPORT_LANG')
    .exitOverride()
    .showSuggestionAfterError();
  localizeRoot(root, lang);
  for (const add of commands) add(root);
  root.commands.forEach((c) => c.exitOverride());
  localizeCommands(root, lang);
  return root;
}

export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    setLang(chooseLang(argv, process.env));
    await program().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${cliText('usage-error', { text: error.text(currentLang()) })}\n`);
      return 2;
    }
    const internal = error instanceof InternalError ? error : new InternalError(String((error as Error)?.message ?? error), { cause: error });
    process.stderr.write(`${cliText(debug ? 'internal-error' : 'internal-error-debug', { text: internal.message })}\n`);
    if (debug) process.stderr.write(`${(internal.cause as Error)?.stack ?? internal.stack}\n`);
    return 3;
  }
}

/** `report schema | head -1`: the reader has gone, so stop quietly (as cat and grep do). */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
/**
 * Ends the process with `code` once what it wrote to stdout and stderr has gone out, rather
 * than after Node has torn down everything the command built up: 15 to 25 ms after a
 * build's last file, on Node 24. Only a command that has finished comes here (watch and
 * preview run until stopped), and nothing of it is left running: the workers have been
 * stopped and every file written.
 */
function exitWhenWritten(code: number): void {
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  let left = pending.length;
  if (left === 0) process.exit(code);
  for (const stream of pending) stream.once('drain', () => --left === 0 && process.exit(code));
}

// Not a top-level await: the single executable runs this module bundled as CommonJS.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  exitWhenWritten(code);
});
