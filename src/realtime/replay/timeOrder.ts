import { addAt } from '../../math/addAt.js';

/** Keys below this (32 bits) are sorted by two counting passes of at most 16 bits each. */
const RADIX_LIMIT = 2 ** 32;

/** The range of a log's times, and whether all are whole seconds, as its builder saw them. */
export interface TimeRange {
  readonly earliest: number;
  readonly latest: number;
  readonly whole: boolean;
}

/**
 * The indices of events sorted by (time, rank, index), exactly as a comparison sort on those
 * three keys would order them (every time a finite number; −0 ties with 0; each rank an integer
 * in [0, `rankCount`)); `range` is the times' (taken by the caller as it wrote them, so that the
 * sort needs no pass of its own to find it). Whole-second times whose keys (time − earliest) ×
 * `rankCount` + rank stay below 2^32 (a log of up to 22 years): a stable radix sort of those keys,
 * two counting passes. Any others: each time replaced by its place among the distinct times (a
 * numeric sort, then binary searches), then one stable counting sort on place × `rankCount` +
 * rank. Stable sorts keep the index order of ties. Internal, for {@link CallLogEvents}.
 */
export function timeOrder(times: Float64Array, ranks: Uint8Array, rankCount: number, range: TimeRange): Int32Array {
  const { earliest, latest, whole } = range;
  // (latest − earliest) is exact for whole times whose keys stay below 2^32
  const keyCount = (latest - earliest) * rankCount + rankCount;
  if (whole && keyCount <= RADIX_LIMIT) return radixOrder(times, ranks, rankCount, earliest, 32 - Math.clz32(keyCount - 1));
  return placeOrder(times, ranks, rankCount);
}

/**
 * {@link timeOrder} by the keys (time − `earliest`) × `rankCount` + rank, of `bits` bits (at most
 * 32): a least-significant-digit radix sort in two stable counting passes, the low digit then
 * the high one, each moving the keys with their indices.
 */
function radixOrder(times: Float64Array, ranks: Uint8Array, rankCount: number, earliest: number, bits: number): Int32Array {
  const n = times.length;
  const lowBits = bits >>> 1;
  const lowMask = 2 ** lowBits - 1;
  const highMask = 2 ** (bits - lowBits) - 1;
  const lowStarts = new Int32Array(lowMask + 2);
  const highStarts = new Int32Array(highMask + 2);
  const keys = new Uint32Array(n);
  const indices = new Int32Array(n);
  // indexed loops, counted in place: a month's 100,000 events, run once per log before V8 optimizes
  // them (a function called per event costs the interpreter more than the count itself)
  for (let i = 0; i < n; i++) {
    const key = ((times[i] as number) - earliest) * rankCount + (ranks[i] as number);
    keys[i] = key;
    indices[i] = i;
    (lowStarts[(key & lowMask) + 1] as number) += 1;
    (highStarts[(key >>> lowBits) + 1] as number) += 1;
  }
  const byLow = new Uint32Array(n);
  const order = new Int32Array(n);
  // one function for both passes: the second runs the code the first made fast
  scatter(keys, indices, 0, lowMask, lowStarts, byLow, order);
  scatter(byLow, order, lowBits, highMask, highStarts, keys, indices);
  return indices;
}

/**
 * One stable counting pass of a radix sort: each key (and its index) moved to its digit's next
 * place, the digit being (key >>> `shift`) & `mask`, and `starts` the digits' counts, each at
 * the place after its digit's (turned into places, and used up).
 */
function scatter(
  keys: Uint32Array,
  indices: Int32Array,
  shift: number,
  mask: number,
  starts: Int32Array,
  keysOut: Uint32Array,
  indicesOut: Int32Array,
): void {
  for (let digit = 1; digit < starts.length; digit++) (starts[digit] as number) += starts[digit - 1] as number;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j] as number;
    const digit = (key >>> shift) & mask;
    const at = starts[digit] as number;
    keysOut[at] = key;
    indicesOut[at] = indices[j] as number;
    starts[digit] = at + 1;
  }
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
