// npm run bench:site: how long the calculator takes to answer a change of input, measured in the
// page (Debian's Chromium, the site built from files): performance.now() around the input event
// (the answer, the three charts and the table written to the DOM) and then a forced style and
// layout (what the next frame has to do before painting). One frame at 60 Hz is 16.7 ms.
//   npm run bench:site [-- CHANGES]   (CHANGES defaults to 300)
import { pathToFileURL } from 'node:url';
import { buildSite, hasChromium, launchBrowser, NO_CHROMIUM } from '../test/site/browser.js';

const CHANGES = Number(process.argv[2] ?? 300);
const FRAME_MS = 1000 / 60;

/** Calls per half hour the changes cycle through: from a small team to several thousand agents. */
const CALLS = [20, 100, 250, 400, 1000, 2500, 6000, 15_000, 40_000];

/**
 * Runs in the page: sets #calls to each value in turn, dispatches `input`, and times the
 * synchronous handler and the layout after it. Returns [handler ms, handler + layout ms] per change.
 */
const MEASURE = `async ({ calls, changes }) => {
  const input = document.getElementById('calls');
  const times = [];
  for (let i = 0; i < changes; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    input.value = String(calls[i % calls.length]);
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const handled = performance.now();
    void document.body.offsetHeight;
    const laidOut = performance.now();
    times.push([handled - start, laidOut - start]);
  }
  return times;
}`;

const quantile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

async function main(): Promise<void> {
  if (!hasChromium()) {
    console.log(NO_CHROMIUM);
    return;
  }
  const site = buildSite();
  const browser = await launchBrowser();
  try {
    const { page, errors } = await browser.open(1280, 800);
    await page.goto(`${pathToFileURL(`${site}/index.html`).href}#aht=240&patience=120`);
    const times = (await page.evaluate(`(${MEASURE})(${JSON.stringify({ calls: CALLS, changes: CHANGES })})`)) as [number, number][];
    if (errors.length > 0) throw new Error(errors.join('\n'));
    const rows = [
      ['input handler (answer, charts, table)', times.map((t) => t[0])],
      ['handler + style and layout', times.map((t) => t[1])],
    ] as const;
    console.log(`calculator: ${CHANGES} changes of "calls" (${CALLS.join(', ')} per 30 min; handle time 240 s, patience 120 s)`);
    console.log('| what | median ms | p95 ms | max ms | within one frame (16.7 ms) |');
    console.log('| --- | --- | --- | --- | --- |');
    const json: Record<string, unknown> = {};
    for (const [name, values] of rows) {
      const sorted = [...values].sort((x, y) => x - y);
      const within = values.filter((v) => v <= FRAME_MS).length / values.length;
      const figures = { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) as number, withinFrame: within };
      json[name] = figures;
      console.log(
        `| ${name} | ${figures.median.toFixed(2)} | ${figures.p95.toFixed(2)} | ${figures.max.toFixed(2)} | ${(within * 100).toFixed(1)}% |`,
      );
    }
    console.log('\n| calls per 30 min | median ms (handler + layout) | max ms |\n| --- | --- | --- |');
    for (const [index, calls] of CALLS.entries()) {
      const sorted = times
        .filter((_, i) => i % CALLS.length === index)
        .map((t) => t[1])
        .sort((x, y) => x - y);
      console.log(`| ${calls} | ${quantile(sorted, 0.5).toFixed(2)} | ${(sorted.at(-1) as number).toFixed(2)} |`);
    }
    console.log(JSON.stringify({ changes: CHANGES, calls: CALLS, ...json }));
  } finally {
    await browser.close();
  }
}

await main();
