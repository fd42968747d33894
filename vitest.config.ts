import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The last line of a run is a plain count that CI reads.
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Index builds and the loopback Discord take a moment on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
