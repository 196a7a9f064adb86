import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderChart } from '../../src/cli/output/renderChart.js';
import { CHROMIUM, CHROMIUM_SWITCHES } from '../helpers/chromium.js';
import { ensureCliBuilt } from './buildCli.js';
import { decodePng } from './decodePng.js';
import { runCli } from './runCli.js';

let dir: string;
let svg: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'queuecast-chart-'));
  svg = join(dir, 'plan.svg');
  const r = runCli(['plan', 'examples/forecast-day.csv', '--shrinkage', '30%', '--chart', svg]);
  if (r.code !== 0) throw new Error(r.stderr);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks XML well-formedness (tags nest and close, attributes quoted, entities known); returns element names. */
function wellFormed(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<!--[\s\S]*?-->)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < xml.length) {
    token.lastIndex = pos;
    m = token.exec(xml);
    if (m === null) throw new Error(`not well-formed at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
    pos = token.lastIndex;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) throw new Error(`bad entity in ${JSON.stringify(m[5])}`);
      continue;
    }
    if (m[6] !== undefined) continue;
    const [, close, name = '', , selfClose] = m;
    if (close === '/') {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      names.push(name);
      if (selfClose !== '/') stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return names;
}

describe('the plan chart (SVG)', () => {
  test('is one well-formed, self-contained SVG document with a title', () => {
    const text = readFileSync(svg, 'utf8').trim();
    const names = wellFormed(text);
    expect(names[0]).toBe('svg');
    expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 960 420"/);
    expect(names).toContain('title');
    expect(names).not.toContain('script');
    expect(names).not.toContain('image');
    expect(names).not.toContain('foreignObject');
    expect(text).not.toMatch(/href=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  test('has the three series: 48 bars of calls, required and scheduled agents as step lines', () => {
    const text = readFileSync(svg, 'utf8');
    const calls = /<g id="calls"[^>]*>([\s\S]*?)<\/g>/.exec(text)?.[1] ?? '';
    expect(calls.match(/<rect /g)).toHaveLength(48);
    for (const id of ['required', 'scheduled']) {
      const d = new RegExp(`<g id="${id}"><path d="([^"]+)"`).exec(text)?.[1] ?? '';
      // One horizontal step per interval: 48 "L" segments at least.
      expect((d.match(/L/g) ?? []).length).toBeGreaterThanOrEqual(48);
    }
    expect(text).toContain('required agents');
    expect(text).toContain('scheduled');
    // Scheduled (30% shrinkage) is drawn above required: its path's highest point is higher up.
    const topOf = (id: string): number => {
      const d = new RegExp(`<g id="${id}"><path d="([^"]+)"`).exec(text)?.[1] ?? '';
      return Math.min(...[...d.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((x) => Number(x[1])));
    };
    expect(topOf('scheduled')).toBeLessThan(topOf('required'));
  });

  test('renderChart keeps at most maxBars bars for long plans (peaks kept) and escapes the title', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => ({
      start: i * 900,
      length: 900,
      calls: i === 54_321 ? 999 : 10,
      required: 5,
      scheduled: 7,
    }));
    const text = renderChart(points, { title: 'a < b & "c"' });
    wellFormed(text.trim());
    const bars = (/<g id="calls"[^>]*>([\s\S]*?)<\/g>/.exec(text)?.[1] ?? '').match(/<rect /g) ?? [];
    expect(bars.length).toBeLessThanOrEqual(1000);
    expect(text).toContain('999 contacts');
    expect(text).toContain('a &lt; b &amp; &quot;c&quot;');
  });
});

/** Renders an SVG file to a PNG with headless Chromium and decodes it. */
function screenshot(svgPath: string): ReturnType<typeof decodePng> {
  const png = `${svgPath}.png`;
  const profile = mkdtempSync(join(tmpdir(), 'queuecast-chromium-'));
  try {
    const r = spawnSync(
      CHROMIUM,
      [...CHROMIUM_SWITCHES, `--user-data-dir=${profile}`, `--screenshot=${png}`, '--window-size=960,420', `file://${svgPath}`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(existsSync(png), `chromium exited ${r.status}: ${r.stderr.slice(-500)}`).toBe(true);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return decodePng(readFileSync(png));
}

/** Shares of the image: not white, the bars' light blue; pixels of the required line's red and (inside the plot) the scheduled line's dark blue. */
function colours(image: ReturnType<typeof decodePng>): { nonWhite: number; barBlue: number; lineRed: number; lineBlue: number } {
  let nonWhite = 0;
  let barBlue = 0;
  let lineRed = 0;
  let lineBlue = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const [r, g, b] = [image.rgba[i] as number, image.rgba[i + 1] as number, image.rgba[i + 2] as number];
    if (r < 245 || g < 245 || b < 245) nonWhite++;
    if (Math.abs(r - 0x9e) < 12 && Math.abs(g - 0xca) < 12 && Math.abs(b - 0xe1) < 12) barBlue++;
    if (r > 180 && g < 90 && b < 90) lineRed++;
    const x = (i / 4) % image.width;
    if (r < 70 && g < 110 && b > 90 && b < 160 && x > 64 && x < image.width - 64) lineBlue++; // inside the plot: not the axis labels
  }
  const total = image.width * image.height;
  return { nonWhite: nonWhite / total, barBlue: barBlue / total, lineRed, lineBlue };
}

describe('the plan chart rendered by headless Chromium', () => {
  test('renders to a 960×420 PNG with the bars and lines in their colours', (ctx) => {
    if (!existsSync(CHROMIUM)) {
      ctx.skip(`${CHROMIUM} is not installed (apt-get install -y chromium); .ci/run installs it`);
      return;
    }
    const image = screenshot(svg);
    expect([image.width, image.height]).toEqual([960, 420]);
    const c = colours(image);
    expect(c.nonWhite).toBeGreaterThan(0.1);
    expect(c.nonWhite).toBeLessThan(0.9);
    expect(c.barBlue).toBeGreaterThan(0.05);
    expect(c.lineRed).toBeGreaterThan(200);
  });
});

describe('the schedule coverage chart (queuecast schedule --chart)', () => {
  test('is well-formed, labels its lines, and renders with both lines in Chromium', (ctx) => {
    const plan = join(dir, 'need.csv');
    writeFileSync(
      plan,
      `start,calls,required\n${Array.from({ length: 24 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},${20 + i},${2 + (i % 7)}`).join('\n')}\n`,
    );
    const shifts = join(dir, 'shifts.json');
    writeFileSync(
      shifts,
      '[{"name": "a", "length": "4h", "start": "08:00", "latestStart": "16:00", "breaks": [{"length": "30m", "earliest": "1h", "latest": "2h30m"}]}]',
    );
    const chart = join(dir, 'coverage.svg');
    const r = runCli(['schedule', plan, '--shifts', shifts, '--chart', chart]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(chart, 'utf8');
    expect(wellFormed(text.trim())[0]).toBe('svg');
    expect(text).toContain('>required</text>');
    expect(text).toContain('>on the floor</text>');
    if (!existsSync(CHROMIUM)) {
      ctx.skip(`${CHROMIUM} is not installed`);
      return;
    }
    const c = colours(screenshot(chart));
    expect(c.lineRed).toBeGreaterThan(200);
    expect(c.lineBlue).toBeGreaterThan(800); // the dashed line spans the plot (axis labels alone give about 100)
  });
});

describe('the history fit chart (queuecast history --chart)', () => {
  let fit: string;
  beforeAll(() => {
    fit = join(dir, 'fit.svg');
    const r = runCli(['history', 'examples/bank-calls-1999-02-01.csv', '--chart', fit]);
    if (r.code !== 0) throw new Error(r.stderr);
  });

  test('is one well-formed SVG with observed bars and both models per panel', () => {
    const text = readFileSync(fit, 'utf8').trim();
    const names = wellFormed(text);
    expect(names[0]).toBe('svg');
    expect(text).toMatch(/viewBox="0 0 960 420"/);
    for (const panel of ['probAbandon', 'meanWait']) {
      const bars = new RegExp(`<g id="${panel}-observed"[^>]*>([\\s\\S]*?)</g>`).exec(text)?.[1] ?? '';
      expect(bars.match(/<rect /g)).toHaveLength(18);
      for (const model of ['erlangA', 'erlangC']) expect(text).toMatch(new RegExp(`<g id="${panel}-${model}"><path d="M`));
    }
  });

  test('renders in headless Chromium with the observed bars and the Erlang A line in their colours', (ctx) => {
    if (!existsSync(CHROMIUM)) {
      ctx.skip(`${CHROMIUM} is not installed (apt-get install -y chromium); .ci/run installs it`);
      return;
    }
    const image = screenshot(fit);
    expect([image.width, image.height]).toEqual([960, 420]);
    const c = colours(image);
    expect(c.barBlue).toBeGreaterThan(0.03);
    expect(c.lineRed).toBeGreaterThan(200);
  });
});
