/** One benchmark figure an issue asks for: a named call, prepared outside the timed loop. */
export interface BenchCase {
  /** Parameters in the name, e.g. `erlangC n=10^4 ρ=0.95`. */
  name: string;
  /** The target, e.g. `≤ 5 µs`. */
  target: string;
  /** One call; its result is consumed so the work cannot be optimised away. */
  fn: () => unknown;
}
