import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The dist check rebuilds every bundle and the CLI tests start real processes.
    testTimeout: 60_000,
  },
});
