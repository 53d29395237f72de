import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers, against the built extension in .output/.
// Build first (e.g. `npx wxt build -b firefox`), then:
//   npx vitest run -c vitest.e2e.config.ts
// One file at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
