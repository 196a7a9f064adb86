import { DUEL_WINDOWS, PredictorDuel } from '../tracker/PredictorDuel.js';
import { calibrationMinimum } from '../tracker/predictWait.js';
import type { CallId } from '../tracker/QueueEvent.js';
import type { ExactNumber, SnapshotFields } from '../tracker/SnapshotFields.js';
import { exactNumber } from '../tracker/SnapshotFields.js';
import { RoutingCalibration } from './RoutingCalibration.js';

/**
 * A queue's duel as a snapshot writes it: the two duels' sums (the queue's own, the routing view
 * first), the routing view's correction ({@link RoutingCalibration}), and per waiting caller [id,
 * join time, own mean, line mean, routing mean as told, the routing view's own]. (A version 1
 * centre snapshot also has `reverse`, the sums of a duel with the line first, no longer kept;
 * versions 1 and 2 have no correction, and their callers were told the routing view's own mean.)
 */
export interface SavedLineDuel {
  readonly duel: ExactNumber[];
  readonly routed: ExactNumber[];
  readonly calibration: ExactNumber[];
  readonly told: [CallId, number, ExactNumber, ExactNumber, ExactNumber, ExactNumber][];
}

/** The views a queue's callers are predicted from: its own tracker, the centre's line, the mean of both, the routing-aware view ({@link RoutingView}). */
export type QueueViewName = 'own' | 'line' | 'both' | 'routing';

/** The views a queue may start from. */
type FirstView = 'own' | 'routing';
/** Per view first used, the candidates of its duel: that view (the duel's model), then its challengers. */
const ORDERS: Readonly<Record<FirstView, readonly QueueViewName[]>> = {
  own: ['own', 'line', 'both', 'routing'],
  routing: ['routing', 'own', 'line', 'both'],
};

/**
 * Which view predicts a queue's callers best: the queue's own tracker (its callers, the agents
 * able to serve it, the capacity they give it learned from its answers), the centre's line (every
 * caller of every queue in one line by priority, then arrival, and all the agents), as an ACD that
 * hands its agents the longest-waiting caller of the queues they serve, the mean of the two (an
 * equal-weight forecast combination, Bates & Granger 1969), or the routing-aware view
 * ({@link RoutingView}: the callers the queue's agents take first, other queues' included, as an
 * ACD dispatches them). The means of the views, told each caller when it joined, are scored on the
 * callers who waited and were answered by {@link PredictorDuel}'s paired test. The view first used
 * ({@link LineDuel.first}, set by the centre from its roster) is the routing view when some of the
 * queue's agents serve another queue (it follows both limits, separate queues and one pooled line,
 * and what lies between), else the queue's own; another replaces it once its squared errors are
 * significantly lower on this queue's recent callers.
 */
export class LineDuel {
  /** Per view first used, the duel of the others challenging it. */
  private readonly duels: Readonly<Record<FirstView, PredictorDuel>>;
  /** The view first used (set by the centre from its roster: {@link AgentRoster.kinds}). */
  first: FirstView = 'own';
  private readonly minimum: number;
  /** The routing view's correction, learned from this queue's answered callers. */
  readonly calibration: RoutingCalibration;
  /** Per waiting caller: join time, own mean, line mean, routing mean as told (corrected), the routing view's own (NaN: that view has no estimate). */
  private readonly told: Map<CallId, [number, number, number, number, number]> = new Map();
  /** The candidates' means of one caller, in a duel's order. */
  private readonly candidates: Float64Array = new Float64Array(4);

  /** `history`: the queue's tracker's `history` window (the duel weighs {@link DUEL_WINDOWS} of them). */
  constructor(history: number) {
    const window = DUEL_WINDOWS * history;
    this.duels = { own: new PredictorDuel(window), routing: new PredictorDuel(window) };
    this.minimum = calibrationMinimum(history);
    this.calibration = new RoutingCalibration(history, this.minimum);
  }

  /** The view that predicts this queue's callers now. */
  get view(): QueueViewName {
    return ORDERS[this.first][this.duels[this.first].choose(this.minimum)] as QueueViewName;
  }

  /** Caller `id` joined at `time`, told `own` by its queue, `line` by the line and `routed` by the routing view before its correction (NaN: none). */
  joined(id: CallId, time: number, own: number, line: number, routed: number): void {
    this.told.set(id, [time, own, line, routed * this.calibration.factor, routed]);
  }

  /** Callers told and not yet left. */
  get size(): number {
    return this.told.size;
  }

  /** Forgets the callers told who are no longer `waiting` (dropped as lost by the queue). */
  keepWaiting(waiting: (id: CallId) => boolean): void {
    for (const id of this.told.keys()) if (!waiting(id)) this.told.delete(id);
  }

  /** When waiting caller `id` joined (undefined: not told). */
  joinedAt(id: CallId): number | undefined {
    return this.told.get(id)?.[0];
  }

  /** The waiting callers told, in the order they joined: each one's join time first. */
  waitingTold(): IterableIterator<readonly [number, number, number, number, number]> {
    return this.told.values();
  }

  /** Caller `id` left the queue at `time`, answered or not; an answer after a wait is scored. */
  left(id: CallId, time: number, answered: boolean): void {
    const told = this.told.get(id);
    if (told === undefined) return;
    this.told.delete(id);
    const wait = time - told[0];
    if (!answered || !(wait > 0)) return;
    this.calibration.learn(told[4], wait);
    const means: Record<QueueViewName, number> = { own: told[1], line: told[2], both: (told[1] + told[2]) / 2, routing: told[3] };
    for (const [first, duel] of Object.entries(this.duels)) {
      ORDERS[first as FirstView].forEach((view, i) => {
        this.candidates[i] = means[view];
      });
      duel.add(this.candidates, wait);
    }
  }

  /** The duel, for a snapshot. */
  save(): SavedLineDuel {
    return {
      duel: this.duels.own.save(),
      routed: this.duels.routing.save(),
      calibration: this.calibration.save(),
      told: [...this.told].map(([id, [time, own, line, routed, raw]]) => [
        id,
        time,
        exactNumber(own),
        exactNumber(line),
        exactNumber(routed),
        exactNumber(raw),
      ]),
    };
  }

  /** Loads what {@link LineDuel.save} wrote in a centre snapshot of `version` (1 to 3), keeping the callers for which `waiting` holds. */
  restore(f: SnapshotFields, waiting: (id: CallId) => boolean, version: number): void {
    this.duels.own.restore(f, 'duel');
    this.duels.routing.restore(f, 'routed');
    const corrected = version >= 3;
    if (corrected) this.calibration.restore(f, 'calibration');
    for (const row of f.array('told')) {
      const [id, time, own, line, routed, raw] = f.array('told', row, corrected ? 6 : 5);
      if (!waiting(f.id('told', id))) throw f.error('told', id, 'a caller waiting in the queue');
      const told = f.exact('told', routed);
      this.told.set(id as CallId, [
        f.number('told.time', time, -Number.MAX_VALUE, Number.MAX_VALUE),
        f.exact('told', own),
        f.exact('told', line),
        told,
        corrected ? f.exact('told', raw) : told,
      ]);
    }
  }
}
