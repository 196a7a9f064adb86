import { type AnnounceOptions, announce, QueueInputError, type WaitEstimate } from '../../index.js';
import { UsageError } from '../UsageError.js';

/** An announcement in one locale. */
export interface LocaleAnnouncement {
  locale: string;
  text: string;
  /** The wait announced, seconds. */
  seconds: number;
  /** 'now', 'under', 'about', 'over' or 'range'. */
  kind: string;
}

/** Options of the announcement from the command line. */
export type AnnouncementSettings = Omit<AnnounceOptions, 'locale'>;

/** The announcement of an estimate in each locale (`announce` of the real-time layer). */
export function announcementsFor(
  estimate: WaitEstimate,
  locales: readonly string[],
  settings: AnnouncementSettings = {},
): LocaleAnnouncement[] {
  return locales.map((locale) => {
    try {
      const a = announce(estimate, { ...settings, locale });
      return { locale, text: a.text, seconds: a.seconds, kind: a.kind };
    } catch (e) {
      if (e instanceof QueueInputError) {
        const flag = /locale/.test(e.parameter) ? '--locale' : /statistic/.test(e.parameter) ? '--statistic' : /floor/.test(e.parameter) ? '--floor' : /cap/.test(e.parameter) ? '--cap' : undefined;
        if (flag !== undefined) throw new UsageError(`${flag}: ${e.message}`);
      }
      throw e;
    }
  });
}
