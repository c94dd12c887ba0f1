// `report schema | head -1`: a reader that closes the pipe early ends the command quietly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/report', import.meta.url));

describe('a closed pipe', () => {
  it('report schema | head -1 prints no EPIPE stack and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-pipe-'));
    // The schema (about 75 kB) is larger than a pipe's buffer, so the write meets a closed pipe.
    const script = `"${process.execPath}" "${bin}" schema 2>stderr.txt | head -1 >/dev/null; echo "status \${PIPESTATUS[0]}"; cat stderr.txt`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: dir });
    expect(result.stdout).toBe('status 0\n');
  });
});
