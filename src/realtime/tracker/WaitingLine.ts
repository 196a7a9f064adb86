import { ClassLine } from './ClassLine.js';
import { PRIORITY_LIMIT } from './checkEvent.js';
import type { CallId } from './QueueEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';
import type { CallerRow } from './WaitingCaller.js';
import { WaitingCaller } from './WaitingCaller.js';

/** Most distinct priority classes a tracker keeps. */
export const MAX_CLASSES = 32;

/** A waiting line as a snapshot writes it: the classes' priorities by class index, and the waiting callers, first served first. */
export interface SavedLine {
  readonly classes: number[];
  readonly calls: CallerRow[];
}

/**
 * Every waiting caller, by priority class (higher first), first come first served within a class.
 * A caller's position counts the callers who will be served before it: everyone waiting in a
 * higher class and those ahead of it in its own.
 */
export class WaitingLine {
  /** Classes by priority, highest first. */
  readonly classes: ClassLine[] = [];
  /** The classes by index. */
  private readonly byIndex: ClassLine[] = [];
  private readonly byPriority = new Map<number, ClassLine>();
  /** The waiting callers by id (each knows its class and its place there: one map for the whole line). */
  private readonly waiting = new Map<CallId, WaitingCaller>();

  /** Callers waiting. */
  get size(): number {
    return this.waiting.size;
  }

  has(id: CallId): boolean {
    return this.waiting.has(id);
  }

  /** A waiting caller (undefined when `id` is not waiting). */
  caller(id: CallId): WaitingCaller | undefined {
    return this.waiting.get(id);
  }

  /** The class of a waiting caller. */
  classOf(caller: WaitingCaller): ClassLine {
    return this.byIndex[caller.classIndex] as ClassLine;
  }

  /** The class of this priority, created on first use (undefined when {@link MAX_CLASSES} are taken). */
  lineFor(priority: number): ClassLine | undefined {
    let line = this.byPriority.get(priority);
    if (line !== undefined) return line;
    if (this.classes.length >= MAX_CLASSES) return undefined;
    line = new ClassLine(priority, this.classes.length);
    this.byPriority.set(priority, line);
    this.byIndex.push(line);
    let at = this.classes.findIndex((c) => c.priority < priority);
    if (at < 0) at = this.classes.length;
    this.classes.splice(at, 0, line);
    return line;
  }

  /** Adds a caller to the back of its class. */
  push(line: ClassLine, caller: WaitingCaller): void {
    this.waiting.set(caller.id, caller);
    caller.classIndex = line.index;
    line.push(caller);
  }

  /** Removes a waiting caller. */
  remove(caller: WaitingCaller): void {
    this.waiting.delete(caller.id);
    this.classOf(caller).remove(caller);
  }

  /** Callers waiting in classes above `priority`. */
  waitingAbove(priority: number): number {
    let n = 0;
    // indexed, as the live rates' loops over the classes (once per event or caller)
    for (let k = 0; k < this.classes.length; k++) {
      const c = this.classes[k] as ClassLine;
      if (c.priority <= priority) break;
      n += c.size;
    }
    return n;
  }

  /** Callers who will be served before `id` (undefined when it is not waiting). */
  position(id: CallId): number | undefined {
    const caller = this.waiting.get(id);
    if (caller === undefined) return undefined;
    const line = this.classOf(caller);
    return this.waitingAbove(line.priority) + line.ahead(caller);
  }

  /** Join time of the caller who has waited longest, in any class (Infinity when nobody waits). */
  oldestJoin(): number {
    let oldest = Infinity;
    for (let k = 0; k < this.classes.length; k++) oldest = Math.min(oldest, (this.classes[k] as ClassLine).first()?.joinTime ?? Infinity);
    return oldest;
  }

  /** Join time of the caller served next, leaving out `except` (NaN when nobody else waits). */
  headJoin(except?: CallId): number {
    for (let k = 0; k < this.classes.length; k++) {
      const c = this.classes[k] as ClassLine;
      if (c.size === 0 || (c.size === 1 && except !== undefined && this.waiting.get(except)?.classIndex === c.index)) continue;
      return c.headJoin(except);
    }
    return NaN;
  }

  /** The classes and waiting callers, for a snapshot. */
  save(): SavedLine {
    const calls: CallerRow[] = [];
    for (const line of this.classes) {
      line.forEach((caller) => {
        calls.push(caller.save(line.priority));
      });
    }
    const byIndex = [...this.classes].sort((a, b) => a.index - b.index);
    return { classes: byIndex.map((c) => c.priority), calls };
  }

  /**
   * Loads what {@link WaitingLine.save} wrote into an empty line: at most `capacity` callers who
   * joined by `clock`, none of them `inService`.
   */
  restore(f: SnapshotFields, clock: number, capacity: number, inService: (id: CallId) => boolean): void {
    const classes = f.array('classes');
    if (classes.length > MAX_CLASSES) throw f.error('classes', classes.length, `at most ${MAX_CLASSES} classes`);
    for (const priority of classes) {
      const p = f.number('classes.priority', priority, -PRIORITY_LIMIT, PRIORITY_LIMIT, true);
      if (this.byPriority.has(p)) throw f.error('classes', priority, 'distinct priorities');
      this.lineFor(p);
    }
    const rows = f.array('calls');
    if (rows.length > capacity) throw f.error('calls', rows.length, `at most ${capacity} (capacity) waiting calls`);
    for (const row of rows) {
      const { caller, priority } = WaitingCaller.restore(f, row, clock, capacity);
      if (this.has(caller.id) || inService(caller.id)) throw f.error('calls.id', caller.id, 'distinct call ids, not in service');
      const line = this.lineFor(priority);
      if (line === undefined) throw f.error('calls.priority', priority, `one of at most ${MAX_CLASSES} classes`);
      this.push(line, caller);
    }
  }
}
