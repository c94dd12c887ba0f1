import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests start several processes; on a busy two-core machine one can take many seconds.
    testTimeout: 120_000,
  },
});
