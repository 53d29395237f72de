import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    // The corpus test parses 100 real pages with jsdom; give it room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
