import { addAt } from '../../math/addAt.js';

/** Keys below this (32 bits) are sorted by two counting passes of at most 16 bits each. */
const RADIX_LIMIT = 2 ** 32;

/**
 * The indices of events sorted by (time, rank, index), exactly as a comparison sort on those
 * three keys would order them (every time a finite number; −0 ties with 0; each rank an integer
 * in [0, `rankCount`)). Whole-second times whose keys (time − earliest) × `rankCount` + rank stay
 * below 2^32 (a log of up to 22 years): a stable radix sort of those keys, two counting passes.
 * Any others: each time replaced by its place among the distinct times (a numeric sort, then
 * binary searches), then one stable counting sort on place × `rankCount` + rank. Stable sorts
 * keep the index order of ties. Internal, for {@link CallLogEvents}.
 */
export function timeOrder(times: Float64Array, ranks: Uint8Array, rankCount: number): Int32Array {
  const n = times.length;
  let earliest = Infinity;
  let latest = -Infinity;
  let whole = true;
  // indexed: an iterator here, run once per log, allocated a result and a number per event
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (t < earliest) earliest = t;
    if (t > latest) latest = t;
    if (!Number.isInteger(t)) whole = false;
  }
  // (latest − earliest) is exact for whole times whose keys stay below 2^32
  const keyCount = (latest - earliest) * rankCount + rankCount;
  if (whole && keyCount <= RADIX_LIMIT) {
    const keys = new Uint32Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((times[i] as number) - earliest) * rankCount + (ranks[i] as number);
    return radixOrder(keys, 32 - Math.clz32(keyCount - 1));
  }
  return placeOrder(times, ranks, rankCount);
}

/**
 * The indices sorted by (key, index): a least-significant-digit radix sort of keys of `bits`
 * bits (at most 32) in two stable counting passes, the low digit then the high one.
 */
function radixOrder(keys: Uint32Array, bits: number): Int32Array {
  const n = keys.length;
  const lowBits = bits >>> 1;
  const mask = 2 ** lowBits - 1;
  const lowStarts = new Int32Array(mask + 2);
  const highStarts = new Int32Array(2 ** (bits - lowBits) + 1);
  // indexed loops: a month's 100,000 events, the hot part of preparing a replay
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    addAt(lowStarts, (key & mask) + 1, 1);
    addAt(highStarts, (key >>> lowBits) + 1, 1);
  }
  for (let digit = 1; digit < lowStarts.length; digit++) addAt(lowStarts, digit, lowStarts[digit - 1] as number);
  for (let digit = 1; digit < highStarts.length; digit++) addAt(highStarts, digit, highStarts[digit - 1] as number);
  const byLow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const digit = (keys[i] as number) & mask;
    byLow[lowStarts[digit] as number] = i;
    addAt(lowStarts, digit, 1);
  }
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = byLow[j] as number;
    const digit = (keys[i] as number) >>> lowBits;
    order[highStarts[digit] as number] = i;
    addAt(highStarts, digit, 1);
  }
  return order;
}

/** {@link timeOrder} for any finite times: by each time's place among the distinct times. */
function placeOrder(times: Float64Array, ranks: Uint8Array, rankCount: number): Int32Array {
  const n = times.length;
  const distinct = times.slice().sort();
  let count = 0;
  let last = 0;
  // in place: the count never passes the index read
  distinct.forEach((t, i) => {
    // −0 and +0 are one time, as the tracker takes them
    if (i === 0 || t !== last) distinct[count++] = t;
    last = t;
  });
  const keys = new Int32Array(n);
  const starts = new Int32Array(count * rankCount + 1);
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    const key = lo * rankCount + (ranks[i] as number);
    keys[i] = key;
    addAt(starts, key + 1, 1);
  }
  for (let key = 1; key < starts.length; key++) addAt(starts, key, starts[key - 1] as number);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    order[starts[key] as number] = i;
    addAt(starts, key, 1);
  }
  return order;
}
