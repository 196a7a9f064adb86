import type { WaitEstimate } from '../../index.js';

/** An announcement in one locale. */
export interface Announcement {
  locale: string;
  text: string;
  seconds: number;
  kind: string;
}

/** The announcement of an estimate in each locale (empty until the real-time layer has `announce`). */
export function announcementsFor(_estimate: WaitEstimate, _locales: readonly string[]): Announcement[] {
  return [];
}
