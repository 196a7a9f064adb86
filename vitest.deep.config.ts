import type { defineConfig } from 'vitest/config';
import { testConfig } from './vitest.config.js';

/** `npm run test:deep`: the long runs listed in vitest.config.ts (CI runs them after `npm test`). */
const config: ReturnType<typeof defineConfig> = testConfig(true);
export default config;
