import { QueueInputError } from '../../math/QueueInputError.js';
import { TrackerEventError } from '../TrackerEventError.js';
import { MAX_NAMED_AGENTS } from '../tracker/AgentBoard.js';
import { EventTally } from '../tracker/EventTally.js';
import type { CallId, QueueEvent } from '../tracker/QueueEvent.js';
import type { EstimateOptions, RecordResult, TrackerStats } from '../tracker/QueueTracker.js';
import type { SnapshotFields } from '../tracker/SnapshotFields.js';
import type { Tracker } from '../tracker/Tracker.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import type { AgentRoster } from './AgentRoster.js';
import { AgentSync } from './AgentSync.js';
import { CentreAgents } from './CentreAgents.js';
import type { CentreQueueView, CentreSnapshot, CentreStats, CentreTracker } from './CentreTracker.js';
import type { CentreTrackerEvent } from './CentreTrackerEvent.js';
import { checkCentreEvent } from './checkCentreEvent.js';
import { LineDuel } from './LineDuel.js';
import { QueueView } from './QueueView.js';
import { RoutingView } from './RoutingView.js';

/** A call's event, as the centre holds an end event until its call's `joined` comes. */
type CallEvent = CentreTrackerEvent & { id: CallId };

/**
 * The centre behind {@link createCentreTracker} (see there): one tracker per queue, fed the
 * queue's calls and the agents who serve it; the centre's line, one tracker fed every call and
 * agent (with two queues or more); the {@link RoutingView} over the queues and the roster; and per queue the
 * {@link LineDuel} that says which view predicts its callers; the roster ({@link AgentRoster}) that says who serves which queue and sets
 * which view each queue starts from.
 */
export class Centre implements CentreTracker {
  readonly queues: readonly string[];
  private readonly trackers: Map<string, Tracker>;
  private readonly line: Tracker | undefined;
  private readonly views: Map<string, QueueView> = new Map();
  private readonly roster: AgentRoster;
  private readonly agents: AgentSync;
  /** The agents' events, kept in the roster and carried into the queues. */
  private readonly agentEvents: CentreAgents;
  private clock = -Infinity;
  /** How early an event may be stamped: the smallest `reorderTolerance` of the queues and the line. */
  private readonly tolerance: number;
  /** The events counted and the `answered` and `abandoned` events whose call's `joined` has not come yet (as a queue's tracker holds them). */
  private readonly tally: EventTally<CallEvent>;

  constructor(trackers: Map<string, Tracker>, line: Tracker | undefined, roster: AgentRoster) {
    this.trackers = trackers;
    this.line = line;
    this.roster = roster;
    this.agents = new AgentSync(trackers, roster);
    this.agentEvents = new CentreAgents(trackers, roster, this.agents, this);
    this.queues = [...trackers.keys()];
    this.tolerance = Math.min(...[...trackers.values(), ...(line === undefined ? [] : [line])].map((t) => t.options.reorderTolerance));
    this.tally = new EventTally(this.tolerance);
    const routing = new RoutingView(trackers, roster, (queue) => this.views.get(queue)?.duel?.waitingTold() ?? []);
    for (const [name, tracker] of trackers) {
      const duel = line === undefined ? undefined : new LineDuel(tracker.options.history);
      this.views.set(name, new QueueView(name, tracker, line, duel, routing, () => this.clock));
    }
    this.refreshViews(this.queues);
  }

  record(event: CentreTrackerEvent): RecordResult {
    const late = event !== null && typeof event === 'object' && event.time < this.clock;
    const error = this.apply(event);
    // an answer or abandon for a call not known yet (its join, stamped later, still to come)
    const end = error?.code === 'unknown-call' && (event.type === 'answered' || event.type === 'abandoned');
    const held = end && this.queueOf(event.id) === undefined ? this.tally.hold(event) : undefined;
    if (held !== undefined) return held;
    const result = this.tally.counted(error, late);
    if (error !== undefined) return result;
    this.took(event.time);
    if (this.tally.held.size > 0)
      this.tally.held.release(event.type === 'joined' ? event.id : undefined, this.clock, (end) => this.applyHeld(end));
    return result;
  }

  /** The clock run on by an event applied at `time`; the queues drop their lost callers. */
  private took(time: number): void {
    this.clock = Math.max(this.clock, time);
    this.forgetLost();
  }

  /** Applies an end event held for the `joined` just accepted, taken at the clock when stamped before it; whether the centre took it. */
  private applyHeld(end: CallEvent): boolean {
    const late = end.time < this.clock;
    if (this.apply(end) !== undefined) return false;
    if (late) this.tally.late += 1;
    this.took(end.time);
    return true;
  }

  private apply(input: CentreTrackerEvent): TrackerEventError | undefined {
    const read = checkCentreEvent(input, this.trackers);
    if (read instanceof TrackerEventError) return read;
    if (read.event.time < this.clock - this.tolerance)
      return new TrackerEventError(
        'out-of-order',
        'time',
        read.event.time,
        `a time ≥ ${this.clock - this.tolerance} (the last event's, less the queues' least reorderTolerance)`,
      );
    // stamped a little before the latest time seen (a reordering feed): taken as happening then
    const event = read.event.time < this.clock ? { ...read.event, time: this.clock } : read.event;
    switch (event.type) {
      case 'joined':
        if (this.queueOf(event.id) !== undefined)
          return new TrackerEventError('duplicate-call', 'id', event.id, 'a call not already waiting or in service in the centre');
        return this.join(read.queue as string, event);
      case 'answered':
      case 'abandoned':
      case 'completed': {
        const queue = event.type === 'completed' ? this.servingQueue(event.id) : this.waitingQueue(event.id);
        if (queue === undefined || (read.queue !== undefined && read.queue !== queue)) {
          const where = read.queue === undefined ? '' : ` of queue ${read.queue}`;
          return new TrackerEventError(
            'unknown-call',
            'id',
            event.id,
            `a ${event.type === 'completed' ? 'call in service' : 'waiting call'}${where}`,
          );
        }
        // the agent on the call (answered) or freed by it (completed), as the queue ties them
        const agent =
          event.type === 'completed'
            ? ((this.trackers.get(queue) as Tracker).agentOn(event.id) ?? event.agent)
            : event.type === 'answered'
              ? event.agent
              : undefined;
        const error =
          event.type === 'answered' && event.agent !== undefined && !this.roster.servesQueue(event.agent, queue)
            ? this.agentEvents.answerLearning(queue, event, event.agent)
            : this.forward(queue, event);
        if (error !== undefined) return error;
        if (agent !== undefined) this.agentEvents.mirror(agent, event.time, event.type === 'answered');
        if (event.type !== 'completed' && (this.trackers.get(queue) as Tracker).waiting === 0) this.agents.toggled(queue, event.time);
        this.toLine(event);
        if (event.type !== 'completed') (this.views.get(queue) as QueueView).duel?.left(event.id, event.time, event.type === 'answered');
        return undefined;
      }
      case 'agent':
        if (!this.roster.knows(event.agent) && this.roster.size >= MAX_NAMED_AGENTS)
          return new TrackerEventError('capacity', 'agent', event.agent, `at most ${MAX_NAMED_AGENTS} named agents`);
        this.roster.setState(event.agent, event.state);
        this.agents.sync(event.agent, event.time, this.roster.queuesOf(event.agent), true);
        this.toLine(event);
        this.refreshViews(this.roster.queuesOf(event.agent));
        return undefined;
      default:
        return read.agent === undefined
          ? this.agentEvents.queueAgents(read.queue as string, event)
          : this.agentEvents.namedAgent(read.agent, event);
    }
  }

  /** A caller joined `queue`: its queue and the line take it, and the queue's duel notes what each told it. */
  private join(queue: string, event: QueueEvent & { type: 'joined' }): TrackerEventError | undefined {
    const error = this.forward(queue, event);
    if (error !== undefined) return error;
    if ((this.trackers.get(queue) as Tracker).waiting === 1) this.agents.toggled(queue, event.time);
    const view = this.views.get(queue) as QueueView;
    if (this.line === undefined || view.duel === undefined) return undefined;
    this.toLine(event);
    const own = (this.trackers.get(queue) as Tracker).estimate(event.id)?.mean ?? Number.NaN;
    view.duel.joined(event.id, event.time, own, this.line.estimate(event.id)?.mean ?? Number.NaN, view.routedMean(event.id, event.time));
    return undefined;
  }

  /**
   * The line takes an event its queue (or the centre) accepted; what it refuses it does without
   * (an agent on a call of another queue answers without being tied to the call).
   */
  toLine(event: QueueEvent): void {
    if (this.line === undefined) return;
    const result = this.line.record(event);
    if (!result.ok && result.error.code === 'agent-mismatch' && (event.type === 'answered' || event.type === 'completed'))
      this.line.record({ type: event.type, time: event.time, id: event.id });
  }

  forward(queue: string, event: QueueEvent): TrackerEventError | undefined {
    const result = (this.trackers.get(queue) as Tracker).record(event);
    return result.ok ? undefined : result.error;
  }

  refreshViews(queues: Iterable<string>): void {
    for (const queue of queues) {
      const duel = (this.views.get(queue) as QueueView).duel;
      if (duel === undefined) continue;
      const shared = this.roster.kinds().some((kind) => kind.serves.length > 1 && kind.serves.some(([name]) => name === queue));
      duel.first = shared ? 'routing' : 'own';
    }
  }

  /**
   * Each queue drops its callers waiting past its `maxWait` as lost, though the events that run
   * the centre's clock on are other queues'; they leave its duel too, and when none is left
   * waiting there, the agents it held from their other queues go back to them.
   */
  private forgetLost(): void {
    for (const [queue, tracker] of this.trackers) {
      const duel = (this.views.get(queue) as QueueView).duel;
      if (!tracker.dropLostAt(this.clock) && !(duel !== undefined && duel.size > tracker.waiting)) continue;
      duel?.keepWaiting((id) => tracker.position(id) !== undefined);
      if (tracker.waiting === 0) this.agents.toggled(queue, this.clock);
    }
  }

  private waitingQueue(id: CallId): string | undefined {
    for (const [name, tracker] of this.trackers) if (tracker.position(id) !== undefined) return name;
    return undefined;
  }

  private servingQueue(id: CallId): string | undefined {
    for (const [name, tracker] of this.trackers) if (tracker.inService(id)) return name;
    return undefined;
  }

  queueOf(id: CallId): string | undefined {
    return this.waitingQueue(id) ?? this.servingQueue(id);
  }

  queue(name: string): CentreQueueView {
    const view = this.views.get(name);
    if (view === undefined) throw new QueueInputError('name', name, `one of the centre's queues (${this.queues.join(', ')})`);
    return view;
  }

  position(id: CallId): number | undefined {
    const queue = this.waitingQueue(id);
    return queue === undefined ? undefined : (this.trackers.get(queue) as Tracker).position(id);
  }

  estimate(id: CallId, options?: EstimateOptions): WaitEstimate | undefined {
    const queue = this.waitingQueue(id);
    return queue === undefined ? undefined : (this.views.get(queue) as QueueView).estimate(id, options);
  }

  stats(): CentreStats {
    const queues: Record<string, TrackerStats> = {};
    let waiting = 0;
    for (const [name, tracker] of this.trackers) {
      const s = tracker.stats();
      queues[name] = s;
      waiting += s.waiting;
    }
    return {
      time: this.clock,
      accepted: this.tally.accepted,
      rejected: this.tally.rejected,
      late: this.tally.late,
      unmatched: this.tally.held.unmatched,
      agents: this.roster.presentAgents,
      waiting,
      queues,
    };
  }

  snapshot(): CentreSnapshot {
    return {
      kind: 'centre',
      version: 3,
      queues: Object.fromEntries([...this.trackers].map(([name, tracker]) => [name, tracker.snapshot()])),
      state: {
        time: Number.isFinite(this.clock) ? this.clock : null,
        ...this.tally.save(),
        roster: this.roster.save(),
        line: this.line?.snapshot() ?? null,
        duels: Object.fromEntries([...this.views].flatMap(([name, view]) => (view.duel === undefined ? [] : [[name, view.duel.save()]]))),
      },
    };
  }

  /** Loads the centre's own part of a snapshot of `version` (clock, counts, roster, duels) after its queues were restored; the views' first choices follow. */
  restore(f: SnapshotFields, version: number): void {
    this.clock = f.fields.time === null ? -Infinity : f.get('time', -Number.MAX_VALUE, Number.MAX_VALUE);
    for (const [name, tracker] of this.trackers)
      if (tracker.stats().time > this.clock) throw f.error('time', f.fields.time, `a time ≥ queue ${name}'s last event`);
    this.tally.restore(f, (event): event is CallEvent => {
      const read = checkCentreEvent(event, this.trackers);
      return !(read instanceof TrackerEventError) && (read.event.type === 'answered' || read.event.type === 'abandoned');
    });
    this.roster.restore(f.part('roster'), MAX_NAMED_AGENTS);
    this.agents.rebuild();
    this.refreshViews(this.queues);
    const duels = f.part('duels');
    for (const [name, view] of this.views) {
      const tracker = this.trackers.get(name) as Tracker;
      view.duel?.restore(duels.part(name), (id) => tracker.position(id) !== undefined, version);
    }
  }
}
