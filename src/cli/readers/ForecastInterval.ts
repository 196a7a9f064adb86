import type { Interval } from '../../index.js';

/** Channels a forecast row can belong to. */
export type Channel = 'voice' | 'chat' | 'email';

/**
 * One interval of a forecast file: the library's {@link Interval} (seconds) with where it was
 * read from, its channel and the channel's own columns.
 */
export interface ForecastInterval extends Interval {
  /** 1-based line in the file. */
  line: number;
  /** The start as written in the file (for output). */
  label: string;
  /** Channel: voice unless the file says otherwise. */
  channel: Channel;
  /** Chat: conversations an agent handles at once. */
  concurrency?: number;
  /** Email: response-time promise, seconds. */
  deadline?: number;
  /** The row's cells as written, for messages that quote one. */
  cells: readonly string[];
}

/** The intervals of each channel, in file order (channels in order of first appearance). */
export function byChannel(rows: readonly ForecastInterval[]): Map<Channel, ForecastInterval[]> {
  const lists = new Map<Channel, ForecastInterval[]>();
  for (const r of rows) {
    const list = lists.get(r.channel);
    if (list === undefined) lists.set(r.channel, [r]);
    else list.push(r);
  }
  return lists;
}
