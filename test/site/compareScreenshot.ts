// Compares a screenshot with its committed reference (test/site/__screenshots__/NAME.png), robust to
// the small differences of font rendering between machines: both images are averaged over blocks
// of 8×8 pixels, and only the share of blocks whose mean colour moved is bounded. A shifted panel,
// a missing chart or another colour moves many blocks; a glyph drawn a pixel wider moves few.
// `UPDATE_SCREENSHOTS=1` rewrites the references; a failed comparison leaves NAME.actual.png beside
// its reference (gitignored) to look at.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, type Png } from '../cli/decodePng.js';

/** The folder of the references. */
const SCREENSHOTS: string = join(dirname(fileURLToPath(import.meta.url)), '__screenshots__');
/** Side of the averaged blocks, pixels. */
const BLOCK = 8;
/** A block differs when a channel's mean moved by more than this (of 255). */
const CHANNEL_TOLERANCE = 24;
/**
 * The largest share of differing blocks a screenshot may have: the same machine renders the same
 * page identically (share 0); one word changed in the answer panel or inputs 20 px wider move
 * about 1%.
 */
const BLOCK_SHARE_TOLERANCE = 0.005;

/** Mean RGB of each BLOCK×BLOCK block (partial blocks at the edges included). */
function blockMeans(image: Png): Float64Array {
  const columns = Math.ceil(image.width / BLOCK);
  const rows = Math.ceil(image.height / BLOCK);
  const sums = new Float64Array(columns * rows * 4);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const block = (Math.floor(y / BLOCK) * columns + Math.floor(x / BLOCK)) * 4;
      const pixel = (y * image.width + x) * 4;
      for (let channel = 0; channel < 3; channel++)
        sums[block + channel] = (sums[block + channel] as number) + (image.rgba[pixel + channel] as number);
      sums[block + 3] = (sums[block + 3] as number) + 1;
    }
  }
  for (let block = 0; block < sums.length; block += 4)
    for (let channel = 0; channel < 3; channel++) sums[block + channel] = (sums[block + channel] as number) / (sums[block + 3] as number);
  return sums;
}

/** The share of blocks whose mean colour differs between two images of the same size. */
function differingBlockShare(actual: Png, expected: Png): number {
  const a = blockMeans(actual);
  const b = blockMeans(expected);
  let differing = 0;
  for (let block = 0; block < a.length; block += 4) {
    const moved = [0, 1, 2].some(
      (channel) => Math.abs((a[block + channel] as number) - (b[block + channel] as number)) > CHANNEL_TOLERANCE,
    );
    if (moved) differing++;
  }
  return differing / (a.length / 4);
}

/** The outcome of a comparison: `problem` is undefined when the screenshot matches. */
export interface ScreenshotComparison {
  share: number;
  problem: string | undefined;
}

/** Compares PNG bytes with the reference `name` (or rewrites it with UPDATE_SCREENSHOTS=1). */
export function compareScreenshot(png: Buffer, name: string): ScreenshotComparison {
  const reference = join(SCREENSHOTS, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(reference, png);
    return { share: 0, problem: undefined };
  }
  if (!existsSync(reference)) return { share: 1, problem: `no reference ${reference}: run with UPDATE_SCREENSHOTS=1 and commit it` };
  const actual = decodePng(png);
  const expected = decodePng(readFileSync(reference));
  const fail = (share: number, why: string): ScreenshotComparison => {
    writeFileSync(join(SCREENSHOTS, `${name}.actual.png`), png);
    return { share, problem: `${why}; see ${name}.actual.png beside the reference (UPDATE_SCREENSHOTS=1 accepts it)` };
  };
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return fail(1, `${name}: ${actual.width}×${actual.height}, the reference is ${expected.width}×${expected.height}`);
  }
  const share = differingBlockShare(actual, expected);
  if (share > BLOCK_SHARE_TOLERANCE)
    return fail(share, `${name}: ${(share * 100).toFixed(2)}% of 8×8 blocks differ (at most ${BLOCK_SHARE_TOLERANCE * 100}%)`);
  return { share, problem: undefined };
}
