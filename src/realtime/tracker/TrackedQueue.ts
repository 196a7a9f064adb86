import { capacityAfterOvertaking } from '../capacityAfterOvertaking.js';
import { TrackerEventError } from '../TrackerEventError.js';
import type { SavedBoard } from './AgentBoard.js';
import { AgentBoard, MAX_NAMED_AGENTS } from './AgentBoard.js';
import type { ClassLine } from './ClassLine.js';
import { MAX_ABS_TIME, MAX_AGENTS } from './checkEvent.js';
import type { SavedFreed } from './FreedAgents.js';
import { FreedAgents } from './FreedAgents.js';
import type { SavedRates } from './LiveRates.js';
import { LiveRates } from './LiveRates.js';
import type { WaitSituation } from './predictWait.js';
import type { CallId, QueueEvent } from './QueueEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';
import type { CheckedTrackerOptions } from './TrackerOptions.js';
import { WaitingCaller } from './WaitingCaller.js';
import type { SavedLine } from './WaitingLine.js';
import { WaitingLine } from './WaitingLine.js';
import type { WaitPredictors } from './WaitPredictors.js';

/** An in-service call expires after this many mean handle times without its completion. */
const OVERDUE_HANDLE_TIMES = 10;

/** A tracked queue as a snapshot writes it. */
export interface SavedQueue {
  /** The last event's time (null: none yet). */
  readonly time: number | null;
  readonly answeredAtOnce: number;
  /** Waiting callers taken as lost (absent before 0.2.0: none). */
  readonly lost?: number;
  /** Whether the staffing is known (absent in older snapshots: known, as they were announced). */
  readonly staffingKnown?: boolean;
  readonly board: SavedBoard;
  readonly line: SavedLine;
  readonly rates: SavedRates;
  readonly freed: SavedFreed;
}

/**
 * The queue as a tracker follows it, and how each event changes it: who is there to answer
 * ({@link AgentBoard}), who waits ({@link WaitingLine}), the live rates ({@link LiveRates}), the
 * agents just freed ({@link FreedAgents}) and the clock; what the predictors predict for a caller
 * joining and learn from one answered is theirs ({@link WaitPredictors}).
 */
export class TrackedQueue {
  readonly options: CheckedTrackerOptions;
  readonly board: AgentBoard;
  readonly line: WaitingLine = new WaitingLine();
  readonly rates: LiveRates;
  /** Agents who finished a call and have not answered since, weighted by recency (a feature of `history`). */
  private readonly freed: FreedAgents = new FreedAgents();
  private clock = -Infinity;
  private atOnce = 0;
  private lostCount = 0;
  private known: boolean;
  private readonly situation: WaitSituation = {
    idle: 0,
    ahead: 0,
    rate: 0,
    theta: 0,
    elapsed: 0,
    lastServedWait: -1,
    headWait: -1,
    others: 0,
    classIndex: -1,
    recentWait: -1,
    freed: 0,
  };

  constructor(options: CheckedTrackerOptions) {
    this.options = options;
    this.board = new AgentBoard(options.agents ?? 0);
    this.known = options.agents !== undefined;
    this.rates = new LiveRates(options.halfLife, options.handleTime);
  }

  /** Time of the last accepted event (seconds), −Infinity before any. */
  get time(): number {
    return this.clock;
  }

  /**
   * Whether the tracker knows how many agents there are: the `agents` option was given, or an
   * agent logged in (a `login` event, or an `agent` event in a state other than `'logged-out'`;
   * a `logout` follows one of these) since it started (or, restored, before its snapshot). An
   * `answered` says someone answers, not how many: it leaves the staffing unknown. Once known it
   * stays known (0 agents logged in is then a fact).
   */
  get staffingKnown(): boolean {
    return this.known;
  }

  /** Waiting callers taken as lost so far (see {@link TrackerOptions.maxWait}). */
  get lost(): number {
    return this.lostCount;
  }

  /** Callers answered at once so far. */
  get answeredAtOnce(): number {
    return this.atOnce;
  }

  /** Mean handle time, seconds (live, with the option as prior). */
  get handleTime(): number {
    return this.rates.handleTime(this.options.handleTime);
  }

  /** Answers per second while callers wait, all working agents. */
  get answeringRate(): number {
    return this.rates.answerRatePerAgent(this.handleTime) * this.board.working;
  }

  /** Agents the tracker takes as idle now (see {@link TrackerStats.idle}). */
  get idle(): number {
    return this.board.idle(this.rates.idleAgentsAnswer(this.options.announceQuantile));
  }

  /** Mean patience, seconds (Infinity: nobody abandons). */
  get patience(): number {
    const theta = this.rates.theta(this.options.patience);
    return theta > 0 ? 1 / theta : Infinity;
  }

  /**
   * Lets the clock run to `t`: decays the live sums, expires long-overdue calls in service and
   * drops the callers who waited longer than `maxWait` as lost, but `keep` (the caller whose end
   * event this is).
   */
  private advance(t: number, keep?: WaitingCaller): void {
    if (this.clock !== -Infinity && t > this.clock) {
      this.rates.advance(t - this.clock, this.line.size, this.board.working, this.line.classes);
      if (this.freed.size > 0) this.freed.advance(t - this.clock);
    }
    this.clock = t;
    this.board.expire(t - OVERDUE_HANDLE_TIMES * this.handleTime);
    if (this.line.size > 0) this.dropLost(t - this.options.maxWait, keep);
  }

  /** Drops as lost the callers who joined before `cutoff`, oldest first in each class, but `keep`. */
  private dropLost(cutoff: number, keep: WaitingCaller | undefined): void {
    const classes = this.line.classes;
    for (let k = 0; k < classes.length; k++) {
      const line = classes[k] as ClassLine;
      for (let caller = line.first(); caller !== undefined && caller !== keep && caller.joinTime < cutoff; caller = line.first()) {
        this.line.remove(caller);
        this.rates.lost(this.clock - caller.joinTime);
        this.lostCount += 1;
      }
    }
  }

  /**
   * Drops the callers waiting past `maxWait` at `t` (≥ the last event's time) as lost, the clock
   * run to `t`, for a centre whose other queues' events run this queue's time on; whether any was.
   */
  dropLostAt(t: number): boolean {
    if (!(this.line.oldestJoin() < t - this.options.maxWait)) return false;
    this.advance(t);
    return true;
  }

  /** Applies a well-formed event (the predictors predict for a caller joining and learn from one answered); returns why not when the queue refuses it. */
  apply(event: QueueEvent, predictors: WaitPredictors): TrackerEventError | undefined {
    // stamped a little before the latest time seen (a reordering feed): taken as happening then
    const t = Math.max(event.time, this.clock);
    if (event.time < this.clock - this.options.reorderTolerance)
      return new TrackerEventError(
        'out-of-order',
        'time',
        event.time,
        `a time ≥ ${this.clock - this.options.reorderTolerance} (the last event's, less options.reorderTolerance)`,
      );
    if (event.type === 'login' || event.type === 'logout') {
      const count = event.type === 'login' ? (event.count ?? 1) : -(event.count ?? 1);
      const agents = this.board.anonymous + count;
      if (agents < 0)
        return new TrackerEventError('agents-below-zero', 'count', -count, `at most ${this.board.anonymous} (agents logged in)`);
      if (agents > MAX_AGENTS)
        return new TrackerEventError('capacity', 'count', count, `at most ${MAX_AGENTS - this.board.anonymous} more agents`);
      this.advance(t);
      this.board.logIn(count);
      this.known = true;
    } else if (event.type === 'agent') {
      if (!this.board.knows(event.agent) && this.board.namedAgents >= MAX_NAMED_AGENTS) {
        return new TrackerEventError('capacity', 'agent', event.agent, `at most ${MAX_NAMED_AGENTS} named agents`);
      }
      this.advance(t);
      this.board.setState(event.agent, event.state);
      // an agent not followed logging out says nothing of who is logged in
      if (event.state !== 'logged-out') this.known = true;
    } else if (event.type === 'joined') {
      return this.join(event.id, t, event.priority ?? 0, predictors);
    } else if (event.type === 'completed') {
      if (!this.board.serves(event.id))
        return new TrackerEventError('unknown-call', 'id', event.id, 'a call in service (answered, not completed)');
      const conflict = event.agent === undefined ? undefined : this.board.completionConflict(event.id, event.agent);
      if (conflict !== undefined) return new TrackerEventError('agent-mismatch', 'agent', event.agent, conflict);
      this.advance(t);
      this.rates.completed(t - (this.board.complete(event.id, event.agent) as number));
      this.freed.completed();
    } else {
      const caller = this.line.caller(event.id);
      if (caller === undefined) return new TrackerEventError('unknown-call', 'id', event.id, 'a waiting call');
      const agent = event.type === 'answered' ? event.agent : undefined;
      const conflict = agent === undefined ? undefined : this.board.answerConflict(agent);
      if (conflict !== undefined) return new TrackerEventError('agent-mismatch', 'agent', agent, conflict);
      this.advance(t, caller);
      this.leave(caller, t, event.type === 'answered', predictors, agent);
      return undefined;
    }
    // The pace of the freed agents' clock, refreshed as agents are freed and as agents log in or out.
    this.freed.pace = this.answeringRate;
    return undefined;
  }

  private join(id: CallId, t: number, priority: number, predictors: WaitPredictors): TrackerEventError | undefined {
    if (this.line.has(id) || this.board.serves(id))
      return new TrackerEventError('duplicate-call', 'id', id, 'a call not already in the queue or in service');
    if (this.line.size >= this.options.capacity)
      return new TrackerEventError('capacity', 'id', id, `room in the queue (capacity ${this.options.capacity})`);
    const line = this.line.lineFor(priority);
    if (line === undefined) return new TrackerEventError('capacity', 'priority', priority, 'one of at most 32 distinct priority classes');
    this.advance(t);
    const ahead = this.line.waitingAbove(priority) + line.size;
    const s = this.situate(priority, line.index, undefined, ahead, 0);
    const caller = new WaitingCaller(id, t, s, !this.board.reportsStates && this.board.idle(true) > ahead);
    predictors.predictFor(caller, s);
    this.line.push(line, caller);
    this.rates.arrived(line.index);
    return undefined;
  }

  private leave(caller: WaitingCaller, t: number, answered: boolean, predictors: WaitPredictors, agent: CallId | undefined): void {
    const line = this.line.classOf(caller);
    this.line.remove(caller);
    const wait = t - caller.joinTime;
    if (caller.foundIdle) this.rates.idleJoinLeft(answered && wait === 0);
    if (!answered) {
      this.rates.abandoned();
      return;
    }
    this.board.answer(caller.id, t, agent);
    this.freed.answered();
    this.rates.noteOvertakes(this.line.classes, line.priority, caller.joinTime);
    if (wait === 0) {
      this.atOnce += 1;
      return;
    }
    this.rates.servedAfter(line.index, wait);
    predictors.learn(caller, line.index, wait);
  }

  /** The situation of a caller of class `priority` (index `classIndex`, −1: none yet) with `ahead` before it, `elapsed` seconds into its wait (`self`: its id when waiting). */
  situate(priority: number, classIndex: number, self: CallId | undefined, ahead: number, elapsed: number): WaitSituation {
    const s = this.situation;
    let overtaking = this.rates.arrivalRateAbove(this.line.classes, priority);
    if (classIndex >= 0) overtaking = this.rates.overtakeRate(classIndex, overtaking, this.handleTime);
    s.idle = this.idle;
    s.ahead = ahead;
    s.rate = capacityAfterOvertaking(this.answeringRate, overtaking);
    s.theta = this.rates.theta(this.options.patience);
    s.elapsed = elapsed;
    s.lastServedWait = this.rates.lastServedWait(classIndex, this.line.classes);
    const head = this.line.headJoin(self);
    s.headWait = Number.isNaN(head) ? -1 : this.clock - head;
    s.others = this.line.size - (self === undefined ? 0 : 1);
    s.classIndex = classIndex;
    s.recentWait = classIndex < 0 ? -1 : this.rates.recentWait(classIndex);
    s.freed = this.freed.weight;
    return s;
  }

  /** The queue, for a snapshot. */
  save(): SavedQueue {
    return {
      time: Number.isFinite(this.clock) ? this.clock : null,
      answeredAtOnce: this.atOnce,
      lost: this.lostCount,
      staffingKnown: this.known,
      board: this.board.save(),
      line: this.line.save(),
      rates: this.rates.save(this.line.classes.length),
      freed: this.freed.save(),
    };
  }

  /** Loads what {@link TrackedQueue.save} wrote into a fresh queue. */
  restore(f: SnapshotFields): void {
    this.clock = f.fields.time === null ? -Infinity : f.get('time', -MAX_ABS_TIME, MAX_ABS_TIME);
    const clock = this.clock === -Infinity ? -MAX_ABS_TIME : this.clock;
    this.atOnce = f.get('answeredAtOnce', 0, Number.MAX_SAFE_INTEGER, true);
    // written since 0.2.0 (same snapshot version): none lost before
    this.lostCount = f.fields.lost === undefined ? 0 : f.get('lost', 0, Number.MAX_SAFE_INTEGER, true);
    // written since 0.2.0 (same snapshot version): known before (older snapshots' options give agents)
    const known = f.fields.staffingKnown ?? true;
    if (typeof known !== 'boolean') throw f.error('staffingKnown', known, 'true or false');
    this.known = known;
    this.board.restore(f.part('board'), clock);
    this.line.restore(f.part('line'), clock, this.options.capacity, (id) => this.board.serves(id));
    this.rates.restore(f.part('rates'), this.line.classes.length);
    this.freed.restore(f.part('freed'));
  }
}
