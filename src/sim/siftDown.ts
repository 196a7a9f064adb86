/**
 * Puts `x` at the root of the binary min-heap `heap[0..size)` and sifts it down to its place: the
 * "replace top" of a heap whose root is being removed or overwritten. With `size` = 0 it just
 * writes heap[0]. Internal: the kernels' heaps of agent free times and call end times (s).
 */
export function siftDown(heap: Float64Array, size: number, x: number): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const c = r < size && (heap[r] as number) < (heap[l] as number) ? r : l;
    const child = heap[c] as number;
    if (child >= x) break;
    heap[i] = child;
    i = c;
  }
  heap[i] = x;
}
