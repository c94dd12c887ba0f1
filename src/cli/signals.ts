// Ctrl-C (SIGINT) and SIGTERM during a build. Node's default would end the process at
// once, wherever it was; with a handler the signal is acted on between steps instead.
// Outputs are written by synchronous code (cli/write.ts), which a handler cannot
// interrupt, so a stopped build leaves the output folder with the old set or the new one.
import { cliText } from './words.js';

const exitStatus: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** Installs the handlers; call the returned function to remove them. */
/** `state` says, in the run's language, what the stop leaves behind. */
export function stopCleanlyOnSignals(state: () => string): () => void {
  const handlers = (Object.keys(exitStatus) as (keyof typeof exitStatus)[]).map((signal) => {
    const handler = (): void => {
      process.stderr.write(`\n${cliText('stopped', { signal, state: state() })}\n`);
      process.exit(exitStatus[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}
