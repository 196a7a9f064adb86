import type { LiveQueueState } from '../forecastInterval.js';
import type { PredictorName } from '../tracker/PredictorName.js';
import type { CallId } from '../tracker/QueueEvent.js';
import type {
  CallerEstimate,
  EstimateOptions,
  LiveStateOptions,
  PredictOptions,
  PredictorAccuracy,
  TrackerStats,
} from '../tracker/QueueTracker.js';
import type { Tracker } from '../tracker/Tracker.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import type { CentreQueueView } from './CentreTracker.js';
import type { LineDuel, QueueViewName } from './LineDuel.js';
import type { RoutingCalibration } from './RoutingCalibration.js';
import type { RoutingView } from './RoutingView.js';
import { ScaledWait } from './ScaledWait.js';

/**
 * One queue of a centre ({@link CentreQueueView}): its tracker's queries, with `now` defaulting to the
 * centre's last event (the queue's own may be older), and its callers' estimates from the centre's
 * line, the mean of both or the {@link RoutingView} instead when the queue's {@link LineDuel} says so
 * (the routing view's mean, corrected by the queue's {@link RoutingCalibration}, on the queue's own
 * distribution, scaled).
 */
export class QueueView implements CentreQueueView {
  private readonly tracker: Tracker;
  private readonly line: Tracker | undefined;
  /** Whether the line predicts this queue's callers (the duel's verdict); undefined without a line. */
  readonly duel: LineDuel | undefined;
  private readonly clock: () => number;
  private readonly name: string;
  private readonly routing: RoutingView;

  constructor(
    name: string,
    tracker: Tracker,
    line: Tracker | undefined,
    duel: LineDuel | undefined,
    routing: RoutingView,
    clock: () => number,
  ) {
    this.name = name;
    this.tracker = tracker;
    this.line = line;
    this.duel = duel;
    this.routing = routing;
    this.clock = clock;
  }

  /**
   * The routing view's mean for waiting caller `id` (s; NaN: no view), from the callers ahead of it
   * and when it joined (`joined`, for a caller joining now; else as its duel was told).
   */
  routedMean(id: CallId, joined?: number): number {
    const ahead = this.tracker.position(id);
    if (ahead === undefined) return Number.NaN;
    return this.routing.mean(this.name, ahead, joined ?? this.duel?.joinedAt(id) ?? this.clock());
  }

  /** The routing view's correction now (1 without a duel). */
  private get factor(): number {
    return this.duel?.calibration.factor ?? 1;
  }

  /** The view that predicts for this queue's caller `id` (a caller joining when undefined): its own tracker's unless the line has the caller. */
  private view(id?: CallId): QueueViewName {
    const line = this.line;
    if (line === undefined || this.duel === undefined || (id !== undefined && line.position(id) === undefined)) return 'own';
    return this.duel.view;
  }

  /** The estimate of `view` from the queue's own (`own`), the line's (`line`, when used) and the routing view's mean (`routed`, when used). */
  private combine(view: QueueViewName, own: WaitEstimate, line: () => WaitEstimate, routed: () => number): WaitEstimate {
    // a queue told of no agent of its own yet: no view knows its staffing (see WaitEstimate.staffing)
    if (view === 'own' || own.staffing === 'unknown') return own;
    if (view === 'routing') {
      const mean = routed();
      return own.mean > 0 && own.mean < Infinity && mean >= 0 && mean < Infinity
        ? new ScaledWait(own, Math.max(mean, Number.MIN_VALUE) / own.mean)
        : own;
    }
    const lined = line();
    if (view === 'line' || !(own.mean > 0 && own.mean < Infinity && lined.mean > 0 && lined.mean < Infinity)) return lined;
    return new ScaledWait(lined, (own.mean + lined.mean) / 2 / lined.mean);
  }

  /** `options` with `now` set to the centre's clock when it is not given (and the clock has started). */
  private atNow<T extends { now?: number }>(options: T | undefined): T | undefined {
    const now = this.clock();
    if (!Number.isFinite(now)) return options;
    if (options === undefined) return { now } as T;
    if (typeof options !== 'object' || options === null || options.now !== undefined) return options;
    return { ...options, now };
  }

  stats(): TrackerStats {
    return this.tracker.stats();
  }

  position(id: CallId): number | undefined {
    return this.tracker.position(id);
  }

  chosen(): PredictorName {
    return this.tracker.chosen();
  }

  predict(options?: PredictOptions): WaitEstimate {
    // callers ahead given in this queue's terms: the queue's own tracker answers
    const ahead = typeof options === 'object' && options !== null && options.ahead !== undefined;
    const own = this.tracker.predict(options);
    return this.combine(
      ahead ? 'own' : this.view(),
      own,
      () => (this.line as Tracker).predict(options),
      () => this.factor * this.routing.mean(this.name, this.tracker.waiting, this.clock()),
    );
  }

  estimate(id: CallId, options?: EstimateOptions): WaitEstimate | undefined {
    const own = this.tracker.estimate(id, this.atNow(options));
    if (own === undefined) return undefined;
    return this.combine(
      this.view(id),
      own,
      () => (this.line as Tracker).estimate(id, this.atNow(options)) as WaitEstimate,
      () => this.factor * this.routedMean(id),
    );
  }

  estimateAll(options?: EstimateOptions): CallerEstimate[] {
    const all = this.tracker.estimateAll(this.atNow(options));
    if (this.view() === 'own') return all;
    return all.map((c) => ({ ...c, estimate: this.estimate(c.id, options) as WaitEstimate }));
  }

  liveState(options?: LiveStateOptions): LiveQueueState {
    return this.tracker.liveState(this.atNow(options));
  }

  accuracy(): Record<PredictorName | 'auto', PredictorAccuracy> {
    return this.tracker.accuracy();
  }
}
