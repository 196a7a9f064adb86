import { defineConfig } from 'vitest/config';

const ci = process.env.CI === 'true';

const config: ReturnType<typeof defineConfig> = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    testTimeout: 120_000,
    // Builds dist/cli.js once if it is missing or stale (the CLI tests spawn it).
    globalSetup: ['test/cli/globalSetup.ts'],
    // Pins fast-check's seed in CI (or with FC_SEED); local runs draw fresh seeds.
    setupFiles: ['test/setup/fastCheckSeed.ts'],
    // In CI the JSON report feeds the closing "N passed, M failed" line of .ci/run.
    reporters: ci ? ['default', 'json'] : ['default'],
    ...(ci ? { outputFile: { json: '.vitest-report.json' } } : {}),
    // Line coverage of src/ (the CLI included: test/cli/inProcess.test.ts runs every command in
    // this process). Measured in CI's one test run (CI=true), or locally with --coverage.
    coverage: {
      enabled: ci,
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
export default config;
