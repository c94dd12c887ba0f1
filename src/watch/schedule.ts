// When to rebuild in a watch session: an editor's save is a burst of file events, so a
// rebuild starts only once the events have been quiet for a moment, with every path
// changed meanwhile; changes during a rebuild make exactly one more once it ends.
export interface RebuildScheduler {
  /** A file changed. */
  notify(path: string): void;
  /** A build now (the session's first), with no path changed; changes meanwhile wait for it. */
  now(): void;
  /** Stops the timer; resolves once a rebuild under way has ended. */
  close(): Promise<void>;
}

export interface SchedulerOptions {
  /** How long the events must have been quiet, in milliseconds. */
  readonly quietMs: number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/** `rebuild` hears the paths changed since the last one began, sorted; it is never called while it runs. */
export function rebuildScheduler(rebuild: (changed: readonly string[]) => Promise<void>, options: SchedulerOptions): RebuildScheduler {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const pending = new Set<string>();
  let timer: unknown;
  let running: Promise<void> | undefined;
  let closed = false;

  const start = (forced = false): void => {
    timer = undefined;
    if (closed || running || (pending.size === 0 && !forced)) return;
    const changed = [...pending].sort();
    pending.clear();
    running = rebuild(changed).finally(() => {
      running = undefined;
      // Changes that came in while it ran, and whose quiet time is over, make one more rebuild.
      if (timer === undefined) start();
    });
  };

  return {
    notify(path) {
      if (closed) return;
      pending.add(path);
      if (timer !== undefined) clearTimer(timer);
      timer = setTimer(start, options.quietMs);
    },
    now() {
      if (timer !== undefined) clearTimer(timer);
      start(true);
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      await running;
    },
  };
}
