import { QueueInputError } from '../../math/QueueInputError.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import type { ErrorWindow } from './ErrorWindow.js';
import { PREDICTORS, predictMeans, waitEstimate } from './predictWait.js';
import type { CallId } from './QueueEvent.js';
import type { LiveQueueState } from '../forecastInterval.js';
import type {
  CallerEstimate,
  EstimateOptions,
  LiveStateOptions,
  PredictOptions,
  PredictorAccuracy,
  PredictorName,
  QueueTracker,
} from './QueueTracker.js';
import { integerOption, readOptions } from './readQueryOptions.js';
import { writeSnapshot } from './trackerSnapshot.js';
import type { TrackerSnapshot } from './trackerSnapshot.js';
import { TrackerState } from './TrackerState.js';

/** The tracker behind {@link createQueueTracker} (see there): its state, and the queries. */
export class Tracker extends TrackerState implements QueueTracker {
  chosen(): PredictorName {
    return PREDICTORS[this.chosenIndex()] as PredictorName;
  }

  private pick(predictor: unknown): number {
    if (predictor === undefined || predictor === 'auto') return this.chosenIndex();
    const i = PREDICTORS.indexOf(predictor as PredictorName);
    if (i < 0) throw new QueueInputError('options.predictor', predictor, "'model', 'les', 'hol', 'history' or 'auto'");
    return i;
  }

  position(id: CallId): number | undefined {
    return this.line.position(id);
  }

  private estimateFor(
    p: number,
    priority: number,
    classIndex: number,
    self: CallId | undefined,
    ahead: number,
    elapsed: number,
  ): WaitEstimate {
    const s = this.situate(priority, classIndex, self, ahead, elapsed);
    predictMeans(s, this.means, p);
    return waitEstimate(p, this.means[p] as number, s, this.windows[p] as ErrorWindow, this.minimum);
  }

  predict(options?: PredictOptions): WaitEstimate {
    const o = readOptions(options, ['ahead', 'priority', 'predictor']);
    const priority = o.priority === undefined ? 0 : integerOption('options.priority', o.priority);
    const line = this.line.classes.find((c) => c.priority === priority);
    const ahead = o.ahead === undefined ? this.line.waitingAbove(priority) + (line?.size ?? 0) : integerOption('options.ahead', o.ahead, 0);
    return this.estimateFor(this.pick(o.predictor), priority, line?.index ?? -1, undefined, ahead, 0);
  }

  estimate(id: CallId, options?: EstimateOptions): WaitEstimate | undefined {
    const o = readOptions(options, ['predictor', 'now']);
    const p = this.pick(o.predictor);
    const now = this.readNow(o.now);
    const line = this.line.lineOf(id);
    if (line === undefined) return undefined;
    return this.estimateFor(p, line.priority, line.index, id, this.line.position(id) as number, Math.max(0, now - line.joinTime(id)));
  }

  estimateAll(options?: EstimateOptions): CallerEstimate[] {
    const o = readOptions(options, ['predictor', 'now']);
    const p = this.pick(o.predictor);
    const now = this.readNow(o.now);
    const out: CallerEstimate[] = [];
    for (const line of this.line.classes) {
      line.forEach((id, join) => {
        const position = out.length;
        out.push({ id, position, estimate: this.estimateFor(p, line.priority, line.index, id, position, Math.max(0, now - join)) });
      });
    }
    return out;
  }

  liveState(options?: LiveStateOptions): LiveQueueState {
    const now = this.readNow(readOptions(options, ['now']).now);
    const s = this.stats();
    const waiting: number[] = [];
    for (const line of this.line.classes) {
      line.forEach((_, join) => {
        waiting.push(Math.max(0, now - join));
      });
    }
    const answering = Math.round(s.answeringRate * s.handleTime);
    return {
      agents: Math.min(s.agents, Math.max(s.busy, answering)),
      busy: s.busy,
      waiting,
      handleTime: s.handleTime,
      patience: s.patience,
    };
  }

  private readNow(now: unknown): number {
    if (now === undefined) return this.time;
    if (typeof now !== 'number' || !Number.isFinite(now)) throw new QueueInputError('options.now', now, 'a finite number of seconds');
    return now;
  }

  accuracy(): Record<PredictorName | 'auto', PredictorAccuracy> {
    // No caller scored yet: every figure is 0 (never NaN, which JSON turns into null).
    const scored = (x: number): number => (Number.isNaN(x) ? 0 : x);
    const one = (w: ErrorWindow): PredictorAccuracy => ({
      count: w.count,
      mae: scored(w.mae),
      bias: scored(w.bias),
      rmse: scored(Math.sqrt(w.mse)),
      withinAnnounced: scored(w.coverage),
      answeredAtOnce: this.answeredAtOnce,
    });
    const [model, lastServed, headOfLine, history, auto] = this.windows.map(one) as [
      PredictorAccuracy,
      PredictorAccuracy,
      PredictorAccuracy,
      PredictorAccuracy,
      PredictorAccuracy,
    ];
    return { model, les: lastServed, hol: headOfLine, history, auto };
  }

  snapshot(): TrackerSnapshot {
    return writeSnapshot(this);
  }
}
