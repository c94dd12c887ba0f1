// A progress bar on stderr, for interactive terminals only, and only once the work has
// taken more than a second: never in CI, with --quiet, or when stderr is a file. It
// follows the build through its stages: files checked, then reports rendered.
import type { Lang } from '../diagnostics/lang.js';
import { currentLang } from './lang.js';
import { cliText } from './words.js';

const delayMs = 1000;
const width = 30;

export type ProgressStage = 'scan' | 'render';

export interface Progress {
  /** Undefined when no bar is to be drawn, so callers skip counting. */
  readonly update?: (done: number, total: number, stage?: ProgressStage) => void;
  /** Clears the bar's line, if one was drawn. */
  done(): void;
}

/** Where the bar is drawn; the process's stderr, environment and clock unless a test passes its own. */
export interface Terminal {
  readonly stream: { readonly isTTY?: boolean; write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => number;
}

const processTerminal = (): Terminal => ({ stream: process.stderr, env: process.env, now: Date.now });

export function progressBar(options: { quiet?: boolean; lang?: Lang }, terminal: Terminal = processTerminal()): Progress {
  const lang = options.lang ?? currentLang();
  const { stream, env, now } = terminal;
  if (options.quiet || !stream.isTTY || env.CI) return { done() {} };
  const started = now();
  let last = 0;
  let shown = false;
  let lastStage: ProgressStage | undefined;
  return {
    update(done, total, stage = 'scan') {
      const time = now();
      const newStage = stage !== lastStage;
      if (time - started < delayMs || (!newStage && time - last < 100 && done < total)) return;
      last = time;
      lastStage = stage;
      shown = true;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${cliText(stage === 'scan' ? 'progress-scan' : 'progress-render', { done, total }, lang)}`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
