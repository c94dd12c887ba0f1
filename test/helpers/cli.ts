// Runs the built CLI (bin/report) as a user would, with a fixed clock and no colour, in
// English unless the test says otherwise (env REPORT_LANG, or --lang in the arguments).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/report', import.meta.url));

export function runReport(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000', REPORT_LANG: 'en', ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
