/**
 * The oracle: a predictor that knows the routing and the true rates. For a caller who joins and
 * finds no free agent serving its queue, it runs `continuations` Monte Carlo continuations of the
 * centre from the exact state at the join (callers waiting in every queue with their join times,
 * agents busy per group and queue), with fresh random streams, until an agent takes the caller,
 * and averages. Exponential handle times and patience (the harness's centres) make that state
 * Markov, so this is the conditional expectation up to Monte Carlo noise: a lower bound on what
 * any predictor can reach on these centres (its own noise adds variance/continuations to the MSE).
 *
 * The continuation is a continuous-time Markov chain simulated event by event (Gillespie 1977),
 * not the simulator's kernel: arrivals to the other queues, completions per (group, queue), and
 * hang-ups of the callers ahead; the caller's own patience is left out (it does not change when
 * an agent would take it). Arrivals to its own queue join behind it and are ignored.
 *
 * Two estimates come out of the same continuations: the offered wait E[V] (the wait if it stays),
 * and E[V | answered] = E[V e^{−θV}] / E[e^{−θV}] with θ its queue's abandonment rate — the
 * mean of the realized wait of answered callers, which is what the harness scores.
 */
import type { CentreEvent, CentreScenario } from '../../src/index.js';
import { addAt } from '../../src/math/addAt.js';
import { checkCentre } from '../../src/sim/checkCentre.js';
import { Xoshiro128 } from '../../src/sim/Xoshiro128.js';
import { CentreMirror } from './CentreMirror.js';
import type { CentrePredictor } from './CentrePredictor.js';

/** Steps at which a continuation gives up (its elapsed time is used): never reached on the harness's centres. */
const MAX_STEPS = 1_000_000;

export interface OracleOptions {
  continuations: number;
  seed: number;
  /** Which estimate `estimate` returns. */
  target: 'answered' | 'offered';
}

/** A mean of a number: exponential rates only. */
function meanOf(value: unknown, what: string): number {
  if (typeof value !== 'number') throw new Error(`the oracle needs exponential ${what} (a number), got ${JSON.stringify(value)}`);
  return value;
}

export class CentreOracle implements CentrePredictor {
  private readonly mirror: CentreMirror;
  private readonly rng: Xoshiro128;
  private readonly lambda: number[];
  private readonly mu: number[];
  private readonly theta: number[];
  private readonly levels: number[][][];
  private readonly candidates: number[][];
  private readonly groupsOf: number[][]; // per queue, the groups that serve it
  private now = 0;
  /** Both estimates of the last caller asked about. */
  last = { offered: 0, answered: 0 };

  constructor(
    scenario: CentreScenario,
    private readonly options: OracleOptions,
  ) {
    this.mirror = new CentreMirror(scenario);
    this.rng = new Xoshiro128(options.seed);
    this.lambda = scenario.queues.map((queue) => queue.arrivalRate);
    this.mu = scenario.queues.map((queue) => 1 / meanOf(queue.handleTime, 'handle times'));
    this.theta = scenario.queues.map((queue) => (queue.patience === undefined ? 0 : 1 / meanOf(queue.patience, 'patience')));
    const run = checkCentre(scenario, { duration: 1 });
    this.levels = run.levels;
    this.candidates = run.candidates;
    this.groupsOf = scenario.queues.map((_, q) =>
      run.levels.flatMap((levels, g) => (levels.some((level) => level.includes(q)) ? [g] : [])),
    );
  }

  onEvent(event: CentreEvent): void {
    this.now = event.time;
    this.mirror.apply(event);
  }

  estimate(id: number): number {
    const q = this.mirror.callQueue.get(id) as number;
    if ((this.groupsOf[q] as number[]).some((g) => (this.mirror.free[g] as number) > 0)) {
      this.last = { offered: 0, answered: 0 };
      return 0;
    }
    const theta = this.theta[q] as number;
    let sum = 0;
    let weighted = 0;
    let weights = 0;
    for (let m = 0; m < this.options.continuations; m++) {
      const v = this.continueOnce(q);
      const w = Math.exp(-theta * v);
      sum += v;
      weighted += w * v;
      weights += w;
    }
    const offered = sum / this.options.continuations;
    this.last = { offered, answered: weights > 0 ? weighted / weights : offered };
    return this.options.target === 'offered' ? offered : this.last.answered;
  }

  /** One continuation from the mirrored state: the time until an agent takes the new caller of queue `q`. */
  private continueOnce(q: number): number {
    const queues = this.lambda.length;
    const groups = this.levels.length;
    // lists of join times; queue q's list holds the callers ahead of the tagged caller (the last one)
    const lists = this.mirror.waiting.map((list, j) => (j === q ? list.slice(0, -1) : list).map((caller) => caller.time));
    const busy = this.mirror.busy.map((row) => row.slice());
    const free = this.mirror.free.slice();
    const rng = this.rng;
    let t = this.now;
    for (let step = 0; step < MAX_STEPS; step++) {
      let arrivals = 0;
      for (let j = 0; j < queues; j++) if (j !== q) arrivals += this.lambda[j] as number;
      let completions = 0;
      for (let g = 0; g < groups; g++)
        for (let j = 0; j < queues; j++) completions += ((busy[g] as number[])[j] as number) * (this.mu[j] as number);
      let hangUps = 0;
      for (let j = 0; j < queues; j++) hangUps += (lists[j] as number[]).length * (this.theta[j] as number);
      const total = arrivals + completions + hangUps;
      t -= Math.log(rng.uniform()) / total;
      let pick = rng.uniform() * total;
      if (pick < arrivals) {
        const lastOther = q === queues - 1 ? queues - 2 : queues - 1;
        for (let j = 0; j < queues; j++) {
          if (j === q) continue;
          pick -= this.lambda[j] as number;
          if (pick < 0 || j === lastOther) {
            const g = (this.candidates[j] as number[]).find((group) => (free[group] as number) > 0);
            if (g === undefined) (lists[j] as number[]).push(t);
            else {
              addAt(free, g, -1);
              addAt(busy[g] as number[], j, 1);
            }
            break;
          }
        }
        continue;
      }
      pick -= arrivals;
      if (pick < completions) {
        let g = 0;
        let j = 0;
        outer: for (g = 0; g < groups; g++) {
          for (j = 0; j < queues; j++) {
            pick -= ((busy[g] as number[])[j] as number) * (this.mu[j] as number);
            if (pick < 0) break outer;
          }
        }
        if (g === groups) {
          // rounding left the pick past the end: take the last busy pair
          for (g = groups - 1; g >= 0; g--) {
            const row = busy[g] as number[];
            for (j = queues - 1; j >= 0 && row[j] === 0; j--);
            if (j >= 0) break;
          }
        }
        addAt(busy[g] as number[], j, -1);
        // the agent takes the longest waiting of its lowest level with callers
        let taken = false;
        for (const level of this.levels[g] as number[][]) {
          let best = -1;
          let bestTime = Infinity;
          for (const k of level) {
            const list = lists[k] as number[];
            const head = list.length > 0 ? (list[0] as number) : k === q ? this.now : Infinity;
            if (head < bestTime) {
              best = k;
              bestTime = head;
            }
          }
          if (best < 0) continue;
          if (best === q && (lists[q] as number[]).length === 0) return t - this.now;
          (lists[best] as number[]).shift();
          addAt(busy[g] as number[], best, 1);
          taken = true;
          break;
        }
        if (!taken) addAt(free, g, 1);
        continue;
      }
      pick -= completions;
      for (let j = 0; j < queues; j++) {
        const list = lists[j] as number[];
        const rate = list.length * (this.theta[j] as number);
        if (rate === 0) continue;
        if (pick < rate || j === queues - 1) {
          list.splice(Math.min(list.length - 1, Math.floor(rng.uniform() * list.length)), 1);
          break;
        }
        pick -= rate;
      }
    }
    return t - this.now;
  }
}
