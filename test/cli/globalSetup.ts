// vitest globalSetup: build dist/cli.js once before the CLI tests when it is missing or stale.
import { ensureCliBuilt } from './buildCli.js';

export default async function setup(): Promise<void> {
  await ensureCliBuilt();
}
