// Runs a long-lived `report build --watch` or `report preview` as a user would (bin/report,
// in English, fixed clock, no colour) and lets a test wait for what it prints. Waits are on
// the output, with generous limits for a loaded machine, never on the clock.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/report', import.meta.url));

export interface Watching {
  /** Everything printed on stderr so far. */
  stderr(): string;
  stdout(): string;
  /**
   * Resolves with the stderr offset just past the first match of `pattern` found after
   * `from` (default: the current end), so the next wait can start there.
   */
  waitFor(pattern: RegExp, from?: number, timeoutMs?: number): Promise<number>;
  /** Resolves with the exit code when the process ends by itself (or is stopped). */
  readonly exit: Promise<number | null>;
  /** Ends the process (SIGTERM) and resolves with its exit code. */
  stop(): Promise<number | null>;
  readonly process: ChildProcess;
}

export function startReport(args: readonly string[], cwd: string, env: Record<string, string> = {}): Watching {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000', REPORT_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  let exited: number | null | undefined;
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((l) => l());
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
    changed();
  });
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    changed();
  });
  const ended = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      exited = code;
      changed();
      done(code);
    }),
  );
  return {
    process: child,
    exit: ended,
    stderr: () => stderr,
    stdout: () => stdout,
    waitFor(pattern, from = stderr.length, timeoutMs = 90_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
          const global = new RegExp(pattern.source, flags);
          global.lastIndex = from;
          const match = global.exec(stderr);
          if (match) {
            finish();
            resolve(match.index + match[0].length);
          } else if (exited !== undefined) {
            finish();
            reject(new Error(`report exited (${exited}) before printing ${pattern}; stderr:\n${stderr}\nstdout:\n${stdout}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no ${pattern} within ${timeoutMs} ms; stderr:\n${stderr}\nstdout:\n${stdout}`));
        }, timeoutMs);
        const finish = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    stop() {
      if (exited === undefined) child.kill('SIGTERM');
      return ended;
    },
  };
}
