import { defineConfig } from 'vitest/config';

/**
 * Two tiers, told apart by file name so that a new test lands in the right
 * one without editing this file: `*.e2e.test.ts` is an end-to-end test (it
 * starts a child process, runs the build, shards, or talks to the loopback
 * Discord), every other `*.test.ts` is a unit test (pure or in-process,
 * nothing started beside it). test/tiers.test.ts holds the rule.
 */
const E2E_TESTS = 'test/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    // The last line of a run is a plain count that CI reads.
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // Unit test files share their worker's modules (not isolated): most of the tier's time was each file importing
        // the engine anew (about 3 minutes of wall time on the shared machine against 1 without). A unit test leaves no global state behind.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [E2E_TESTS], isolate: false },
      },
      { extends: true, test: { name: 'e2e', include: [E2E_TESTS] } },
    ],
    // Index builds, child processes and the loopback Discord take a moment on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
