import { capacityAfterOvertaking } from '../capacityAfterOvertaking.js';
import { normalQuantile } from '../../math/normalQuantile.js';
import { TrackerEventError } from '../TrackerEventError.js';
import { AgentBoard, MAX_NAMED_AGENTS } from './AgentBoard.js';
import { checkEvent, MAX_AGENTS } from './checkEvent.js';
import type { ClassLine } from './ClassLine.js';
import { ErrorWindow } from './ErrorWindow.js';
import { FreedAgents } from './FreedAgents.js';
import { LiveRates } from './LiveRates.js';
import { AUTO, announcedTime, calibrationMinimum, PREDICTOR_SLOTS, PREDICTORS, predictMeans } from './predictWait.js';
import { RECORD } from './callerRecord.js';
import type { WaitSituation } from './predictWait.js';
import type { CallId, QueueEvent } from './QueueEvent.js';
import type { RecordResult, TrackerStats } from './QueueTracker.js';
import type { CheckedTrackerOptions } from './TrackerOptions.js';
import { WaitHistory } from './WaitHistory.js';
import { DUEL_WINDOWS, PredictorDuel } from './PredictorDuel.js';
import { WaitingLine } from './WaitingLine.js';

/** An in-service call expires after this many mean handle times without its completion. */
export const OVERDUE_HANDLE_TIMES = 10;

const ACCEPTED: RecordResult = Object.freeze({ ok: true });

/** The tracker's state and how events change it; {@link Tracker} adds the queries. */
export class TrackerState {
  readonly options: CheckedTrackerOptions;
  readonly line: WaitingLine = new WaitingLine(RECORD.stride);
  readonly board: AgentBoard;
  readonly rates: LiveRates;
  readonly history: WaitHistory;
  /** Agents who finished a call and have not answered since, weighted by recency (a feature of `history`). */
  readonly freed: FreedAgents = new FreedAgents();
  readonly windows: ErrorWindow[] = [];
  /** What `auto` chooses on. */
  readonly duel: PredictorDuel;
  /** Wait of the last caller per class index who waited and was answered (−1: none; no NaN, so the state stays JSON-safe). */
  readonly lastServedWait: Float64Array;
  time: number = -Infinity;
  accepted = 0;
  rejected = 0;
  answeredAtOnce = 0;
  private readonly z: number;
  protected readonly minimum: number;
  protected readonly means: Float64Array = new Float64Array(PREDICTOR_SLOTS);
  private readonly situation: WaitSituation;
  private learnedClass = 0;

  constructor(options: CheckedTrackerOptions) {
    this.options = options;
    this.board = new AgentBoard(options.agents);
    this.rates = new LiveRates(options.halfLife);
    // The regression's long run is the horizon `auto`'s duel weighs.
    this.history = new WaitHistory(options.history, DUEL_WINDOWS * options.history);
    for (let p = 0; p < PREDICTOR_SLOTS; p++) this.windows.push(new ErrorWindow(options.history));
    this.lastServedWait = new Float64Array(32).fill(-1);
    this.duel = new PredictorDuel(DUEL_WINDOWS * options.history);
    this.z = normalQuantile(options.announceQuantile);
    this.minimum = calibrationMinimum(options.history);
    this.situation = {
      idle: 0,
      ahead: 0,
      rate: 0,
      theta: 0,
      elapsed: 0,
      lastServedWait: -1,
      headWait: -1,
      others: 0,
      learned: (model) => {
        const s = this.situation;
        const c = this.learnedClass;
        return c < 0 ? model : this.history.predict(c, s.ahead, model, this.rates.recentWait(c), s.headWait, this.freed.weight);
      },
    };
  }

  get handleTime(): number {
    return this.rates.handleTime(this.options.handleTime);
  }

  /** Answers per second while callers wait, all working agents. */
  get answeringRate(): number {
    return this.rates.answerRatePerAgent(this.handleTime) * this.board.working;
  }

  stats(): TrackerStats {
    const theta = this.rates.theta(this.options.patience);
    return {
      arrivalRate: this.rates.arrivalRate(),
      handleTime: this.handleTime,
      patience: theta > 0 ? 1 / theta : Infinity,
      answeringRate: this.answeringRate,
      agents: this.board.loggedIn,
      idle: this.board.idle(this.rates.idleAgentsAnswer(this.options.announceQuantile)),
      busy: this.board.busy,
      waiting: this.line.size,
      time: this.time,
      accepted: this.accepted,
      rejected: this.rejected,
    };
  }

  record(event: QueueEvent): RecordResult {
    const error = this.apply(event);
    if (error === undefined) {
      this.accepted += 1;
      return ACCEPTED;
    }
    this.rejected += 1;
    return { ok: false, error };
  }

  /** Lets the clock run to `t`: decays the live sums and expires long-overdue calls in service. */
  advance(t: number): void {
    if (this.time !== -Infinity && t > this.time) {
      this.rates.advance(t - this.time, this.line.size, this.board.working, this.line.classes);
      if (this.freed.size > 0) this.freed.advance(t - this.time);
    }
    this.time = t;
    this.board.expire(t - OVERDUE_HANDLE_TIMES * this.handleTime);
  }

  private apply(event: QueueEvent): TrackerEventError | undefined {
    const bad = checkEvent(event);
    if (bad !== undefined) return bad;
    const t = event.time;
    if (t < this.time) return new TrackerEventError('out-of-order', 'time', t, `a time ≥ ${this.time} (the last event)`);
    if (event.type === 'login' || event.type === 'logout') {
      const count = event.count ?? 1;
      const agents = this.board.anonymous + (event.type === 'login' ? count : -count);
      if (agents < 0)
        return new TrackerEventError('agents-below-zero', 'count', count, `at most ${this.board.anonymous} (agents logged in)`);
      if (agents > MAX_AGENTS)
        return new TrackerEventError('capacity', 'count', count, `at most ${MAX_AGENTS - this.board.anonymous} more agents`);
      this.advance(t);
      this.board.anonymous = agents;
      this.freed.pace = this.answeringRate;
      return undefined;
    }
    if (event.type === 'agent') {
      if (!this.board.named.has(event.agent) && this.board.named.size >= MAX_NAMED_AGENTS) {
        return new TrackerEventError('capacity', 'agent', event.agent, `at most ${MAX_NAMED_AGENTS} named agents`);
      }
      this.advance(t);
      this.board.setState(event.agent, event.state);
      this.freed.pace = this.answeringRate;
      return undefined;
    }
    const id = event.id;
    if (event.type === 'joined') return this.join(id, t, event.priority ?? 0);
    if (event.type === 'completed') {
      if (!this.board.inService.has(id) && !this.board.overdue.has(id))
        return new TrackerEventError('unknown-call', 'id', id, 'a call in service (answered, not completed)');
      this.advance(t);
      const start = this.board.complete(id) as number;
      this.rates.handleSum += t - start;
      this.rates.handleCount += 1;
      this.freed.completed();
      // The pace of the freed agents' clock, refreshed as agents are freed (and as agents log in or out).
      this.freed.pace = this.answeringRate;
      return undefined;
    }
    const line = this.line.lineOf(id);
    if (line === undefined) return new TrackerEventError('unknown-call', 'id', id, 'a waiting call');
    this.advance(t);
    this.leave(line, id, t, event.type === 'answered');
    return undefined;
  }

  private join(id: CallId, t: number, priority: number): TrackerEventError | undefined {
    if (this.line.has(id) || this.board.inService.has(id) || this.board.overdue.has(id))
      return new TrackerEventError('duplicate-call', 'id', id, 'a call not already in the queue or in service');
    if (this.line.size >= this.options.capacity)
      return new TrackerEventError('capacity', 'id', id, `room in the queue (capacity ${this.options.capacity})`);
    const line = this.line.lineFor(priority);
    if (line === undefined) return new TrackerEventError('capacity', 'priority', priority, 'one of at most 32 distinct priority classes');
    this.advance(t);
    const ahead = this.line.waitingAbove(priority) + line.size;
    const s = this.situate(priority, line.index, undefined, ahead, 0);
    predictMeans(s, this.means);
    const chosen = this.chosenIndex();
    this.means[AUTO] = this.means[chosen] as number;
    const at = this.line.push(line, id, t);
    const record = line.records;
    record[at + RECORD.ahead] = ahead;
    record[at + RECORD.headWait] = s.headWait;
    record[at + RECORD.recentWait] = this.rates.recentWait(line.index);
    record[at + RECORD.freed] = this.freed.weight;
    record[at + RECORD.foundIdle] = !this.board.reportsStates && this.board.anonymous - this.board.inService.size > ahead ? 1 : 0;
    for (let p = 0; p < PREDICTOR_SLOTS; p++) {
      const mean = this.means[p] as number;
      const window = this.windows[p === AUTO ? chosen : p] as ErrorWindow;
      record[at + RECORD.predicted + p] = mean;
      record[at + RECORD.announced + p] = announcedTime(mean, s, window, this.minimum, this.options.announceQuantile, this.z);
    }
    (this.rates.arrivals[line.index] as number) += 1;
    return undefined;
  }

  private leave(line: ClassLine, id: CallId, t: number, answered: boolean): void {
    const at = line.recordAt(id);
    const record = line.records;
    const ahead = record[at + RECORD.ahead] as number;
    const foundIdle = record[at + RECORD.foundIdle] === 1;
    const joinTime = this.line.remove(id);
    const wait = t - joinTime;
    if (foundIdle) {
      this.rates.idleJoins += 1;
      if (answered && wait === 0) this.rates.idleJoinsAnsweredAtOnce += 1;
    }
    if (!answered) {
      this.rates.abandons += 1;
      return;
    }
    this.board.answer(id, t);
    this.freed.answered();
    this.rates.noteOvertakes(this.line.classes, line.priority, joinTime);
    if (wait === 0) {
      this.answeredAtOnce += 1;
      return;
    }
    this.rates.answersWaiting += 1;
    const model = record[at + RECORD.predicted] as number;
    const recentWait = record[at + RECORD.recentWait] as number;
    const headWait = record[at + RECORD.headWait] as number;
    this.history.learn(line.index, ahead, model, recentWait, headWait, record[at + RECORD.freed] as number, wait);
    this.lastServedWait[line.index] = wait;
    this.rates.noteServed(line.index, wait);
    this.duel.add(record.subarray(at + RECORD.predicted, at + RECORD.predicted + PREDICTORS.length), wait);
    for (let p = 0; p < PREDICTOR_SLOTS; p++)
      (this.windows[p] as ErrorWindow).add(record[at + RECORD.predicted + p] as number, wait, record[at + RECORD.announced + p] as number);
  }

  /** The situation of a caller of class `priority` (index `classIndex`, −1: none yet) with `ahead` before it, `elapsed` seconds into its wait (`self`: its id when waiting). */
  protected situate(priority: number, classIndex: number, self: CallId | undefined, ahead: number, elapsed: number): WaitSituation {
    const s = this.situation;
    const capacity = this.answeringRate;
    let overtaking = 0;
    for (const c of this.line.classes) {
      if (c.priority <= priority) break;
      overtaking += this.rates.arrivals[c.index] as number;
    }
    overtaking = this.rates.exposure > 0 ? overtaking / this.rates.exposure : 0;
    if (classIndex >= 0) overtaking = this.rates.overtakeRate(classIndex, overtaking, this.handleTime);
    s.idle = this.board.idle(this.rates.idleAgentsAnswer(this.options.announceQuantile));
    s.ahead = ahead;
    s.rate = capacityAfterOvertaking(capacity, overtaking);
    s.theta = this.rates.theta(this.options.patience);
    s.elapsed = elapsed;
    const own = classIndex < 0 ? -1 : (this.lastServedWait[classIndex] as number);
    s.lastServedWait = own < 0 ? this.lastServedAny() : own;
    const head = this.line.headJoin(self);
    s.headWait = Number.isNaN(head) ? -1 : this.time - head;
    s.others = this.line.size - (self === undefined ? 0 : 1);
    this.learnedClass = classIndex;
    return s;
  }

  private lastServedAny(): number {
    for (const c of this.line.classes) if ((this.lastServedWait[c.index] as number) >= 0) return this.lastServedWait[c.index] as number;
    return -1;
  }

  /** The predictor `auto` uses now (see {@link PredictorDuel}). */
  chosenIndex(): number {
    return this.duel.choose(this.minimum);
  }
}
