import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['server/faults/**', '**/node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
