import { defineConfig } from 'vitest/config';

/**
 * The fault tests (SIGKILL under load, 50 clients through disconnects and a restart, the
 * 100,000-frame fuzzer) are heavy:
 * they run alone, one file at a time, after the other tests, so they neither slow down nor
 * are slowed down by the timing of the rest of the suite.
 */
export default defineConfig({
  test: {
    include: ['server/faults/**/*.integration.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
