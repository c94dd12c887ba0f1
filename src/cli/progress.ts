// A progress bar on stderr, for interactive terminals only, and only once the work has
// taken more than a second: never in CI, with --quiet, or when stderr is a file.
const delayMs = 1000;
const width = 30;

export interface Progress {
  /** Undefined when no bar is to be drawn, so callers skip counting. */
  readonly update?: (done: number, total: number) => void;
  /** Clears the bar's line, if one was drawn. */
  done(): void;
}

export function progressBar(options: { quiet?: boolean }): Progress {
  if (options.quiet || !process.stderr.isTTY || process.env.CI) return { done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < delayMs || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}
