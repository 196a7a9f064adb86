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
  },
});
export default config;
