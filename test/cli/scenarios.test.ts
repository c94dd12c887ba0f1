// CLI behaviour pinned by scenario folders (Spectral's test-harness): each holds `cmd`,
// the expected `stdout` and the exit `status`, plus the files the command reads.
// UPDATE_GOLDENS=1 rewrites stdout and status; review the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReport } from '../helpers/cli.js';

const root = fileURLToPath(new URL('./scenarios/', import.meta.url));
const update = process.env.UPDATE_GOLDENS === '1';

describe('scenarios', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = `${root}${name}`;
    it(name, () => {
      const [command, ...args] = readFileSync(`${dir}/cmd`, 'utf8').trim().split(/\s+/);
      expect(command).toBe('report');
      const { stdout, stderr, status } = runReport(args, dir);
      if (update || !existsSync(`${dir}/stdout`)) {
        writeFileSync(`${dir}/stdout`, stdout);
        writeFileSync(`${dir}/status`, `${status}\n`);
      }
      expect(stdout).toBe(readFileSync(`${dir}/stdout`, 'utf8'));
      expect(status).toBe(Number(readFileSync(`${dir}/status`, 'utf8')));
      if (existsSync(`${dir}/stderr`)) {
        if (update) writeFileSync(`${dir}/stderr`, stderr);
        expect(stderr).toBe(readFileSync(`${dir}/stderr`, 'utf8'));
      }
    });
  }
});
