import { defineConfig } from 'vitest/config';

const ci = process.env.CI === 'true';

/**
 * The long runs (`npm run test:deep`, which CI runs after `npm test`): hostile input over the
 * whole double range, every documented command line in a new process, the statistical
 * validations against simulation, and the static site in Chromium. `npm test` runs every other test file.
 */
export const DEEP_TESTS: string[] = [
  'test/hostile/wholeRange.test.ts',
  'test/cli/docs.test.ts',
  'test/sim/validation.test.ts',
  'test/sim/centreValidation.test.ts',
  'test/realtime/trackerValidation.test.ts',
  'test/realtime/forecastInterval.ode.test.ts',
  'test/realtime/forecastInterval.lengths.test.ts',
  // the bank's log replayed as a centre several times over (about 7 s)
  'test/realtime/replay/warmCentreTracker.bank.test.ts',
  // 150 simulated centres per model against nominal coverage, hour by hour (about 6 s)
  'test/forecast/intervalCoverage.test.ts',
  // builds the static site and drives Chromium (about 35 s of wall time): kept out of `npm test`
  'test/site/site.test.ts',
];

/** The settings of `npm test` (`deep` false) and of `npm run test:deep` (vitest.deep.config.ts). */
export function testConfig(deep: boolean): ReturnType<typeof defineConfig> {
  return defineConfig({
    test: {
      include: deep ? DEEP_TESTS : ['test/**/*.test.ts'],
      exclude: deep ? [] : ['**/node_modules/**', ...DEEP_TESTS],
      typecheck: { enabled: !deep, include: ['test/**/*.test-d.ts'] },
      // The test files share their worker's module graph: the library is loaded once per worker,
      // not once per file (that was most of the run). Nothing in src/ keeps state that could change
      // a later call's result (parseTimeSeconds only remembers the start of the last day it read).
      pool: 'forks',
      isolate: false,
      // A safety net for an in-process hang, far beyond any test on a fully loaded machine; hangs of
      // hostile input are caught by budgets of CPU time (test/helpers/callBounded.ts).
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // Builds dist/cli.js once if it is missing or stale (the CLI tests spawn it).
      globalSetup: ['test/cli/globalSetup.ts'],
      // Pins fast-check's seed in CI (or with FC_SEED); local runs draw fresh seeds.
      setupFiles: ['test/setup/fastCheckSeed.ts'],
      // In CI the JSON report feeds the closing "N passed, M failed" line of .ci/run.
      reporters: ci ? ['default', 'json'] : ['default'],
      ...(ci ? { outputFile: { json: deep ? '.vitest-deep-report.json' : '.vitest-report.json' } } : {}),
      // Line coverage of src/ (the CLI included: test/cli/inProcess.test.ts runs every command in
      // this process). Measured in CI's `npm test` (CI=true), or locally with --coverage.
      coverage: {
        enabled: ci && !deep,
        provider: 'v8',
        include: ['src/**/*.ts'],
        // The executable's three statements (it runs runCli on process.argv) are run by the spawned CLI tests.
        exclude: ['src/cli/main.ts'],
        reporter: ['text-summary', 'json-summary'],
        reportsDirectory: 'coverage',
        reportOnFailure: true,
        thresholds: { lines: 90 },
      },
    },
  });
}

const config: ReturnType<typeof defineConfig> = testConfig(false);
export default config;
