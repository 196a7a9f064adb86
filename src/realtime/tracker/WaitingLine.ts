import { ClassLine } from './ClassLine.js';
import type { CallId } from './QueueEvent.js';

/** Most distinct priority classes a tracker keeps. */
export const MAX_CLASSES = 32;

/**
 * Every waiting caller, by priority class (higher first), first come first served within a class.
 * A caller's position counts the callers who will be served before it: everyone waiting in a
 * higher class and those ahead of it in its own.
 */
export class WaitingLine {
  /** Classes by priority, highest first. */
  readonly classes: ClassLine[] = [];
  private readonly byPriority = new Map<number, ClassLine>();
  private readonly classOf = new Map<CallId, ClassLine>();
  private readonly stride: number;

  constructor(stride: number) {
    this.stride = stride;
  }

  /** Callers waiting. */
  get size(): number {
    return this.classOf.size;
  }

  has(id: CallId): boolean {
    return this.classOf.has(id);
  }

  /** The class of this priority, created on first use (undefined when {@link MAX_CLASSES} are taken). */
  lineFor(priority: number): ClassLine | undefined {
    let line = this.byPriority.get(priority);
    if (line !== undefined) return line;
    if (this.classes.length >= MAX_CLASSES) return undefined;
    line = new ClassLine(priority, this.classes.length, this.stride);
    this.byPriority.set(priority, line);
    let at = this.classes.findIndex((c) => c.priority < priority);
    if (at < 0) at = this.classes.length;
    this.classes.splice(at, 0, line);
    return line;
  }

  /** The class a waiting caller is in. */
  lineOf(id: CallId): ClassLine | undefined {
    return this.classOf.get(id);
  }

  /** Adds a caller to its class; returns its record offset in that class's records. */
  push(line: ClassLine, id: CallId, joinTime: number): number {
    this.classOf.set(id, line);
    return line.push(id, joinTime);
  }

  /** Removes a waiting caller; returns its join time (NaN when it is not waiting). */
  remove(id: CallId): number {
    const line = this.classOf.get(id);
    if (line === undefined) return NaN;
    this.classOf.delete(id);
    return line.remove(id);
  }

  /** Callers waiting in classes above `priority`. */
  waitingAbove(priority: number): number {
    let n = 0;
    for (const c of this.classes) {
      if (c.priority <= priority) break;
      n += c.size;
    }
    return n;
  }

  /** Callers who will be served before `id` (undefined when it is not waiting). */
  position(id: CallId): number | undefined {
    const line = this.classOf.get(id);
    return line === undefined ? undefined : this.waitingAbove(line.priority) + line.ahead(id);
  }

  /** Join time of the caller served next, leaving out `except` (NaN when nobody else waits). */
  headJoin(except?: CallId): number {
    for (const c of this.classes) {
      if (c.size === 0 || (c.size === 1 && except !== undefined && c.has(except))) continue;
      return c.headJoin(except);
    }
    return NaN;
  }
}
