import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Python scripts are imported as text, as the bundler's text loader does for dist/.
  plugins: [
    {
      name: 'python-as-text',
      transform(code, id) {
        return id.endsWith('.py') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // The dist check rebuilds dist/ and the CLI tests start real processes.
    testTimeout: 60_000,
  },
});
