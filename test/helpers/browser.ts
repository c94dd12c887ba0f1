// Finds the system Chromium for the browser tests (no browser is ever downloaded), and
// says whether the tests must run: REPORT_BROWSER_TESTS=required makes a missing browser
// a failure rather than a skip (.ci/run sets it).
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.REPORT_CHROMIUM;
  if (named) return existsSync(named) ? named : undefined;
  return candidates.find((path) => existsSync(path));
}

export const browserTestsRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.REPORT_BROWSER_TESTS === 'required';

/** The flags the brief's CI uses: headless, no sandbox (root in CI), and nothing that talks to the network by itself. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
