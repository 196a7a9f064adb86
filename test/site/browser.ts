// Shared by the site's browser test and its frame benchmark: builds the static site into a folder
// of the checkout and opens it in Debian's Chromium through playwright-core (a fresh profile each
// time, no network, nothing downloaded).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT } from '../cli/buildCli.js';
import { CHROMIUM, CHROMIUM_SWITCHES } from '../helpers/chromium.js';

/** Why the browser checks are skipped when there is no browser. */
export const NO_CHROMIUM: string = `${CHROMIUM} is not installed (apt-get install -y chromium; .ci/run installs it): the site's browser checks are skipped`;

/** Whether the browser is there. */
export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Where the test builds the site (gitignored), relative to the checkout: `npm run site`'s folder is left alone. */
const SITE_DIR = 'test/site/.site-dist';

/** Builds the site (`scripts/buildSite.ts`, the script of `npm run site`) into SITE_DIR; returns its absolute path. */
export function buildSite(): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'buildSite.ts'), SITE_DIR], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the site's build failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return join(ROOT, SITE_DIR);
}

/** Chromium's switches, and text rendered without hinting (screenshots differ less between machines). */
const SWITCHES = [...CHROMIUM_SWITCHES, '--font-render-hinting=none'];

/** An open browser with a fresh profile; `close` ends it and removes the profile. */
export interface Browser {
  context: BrowserContext;
  /** A new tab whose console errors and uncaught exceptions are collected in `errors`. */
  open(width: number, height: number): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Launches Chromium with a profile of its own. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'queuecast-site-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: SWITCHES,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  return {
    context,
    async open(width, height) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
