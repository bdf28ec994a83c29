import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium with the built extension (`npx wxt build` first). One file at a
// time, one fork, long timeouts: each file launches its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
