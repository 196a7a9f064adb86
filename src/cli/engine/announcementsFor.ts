import { type AnnounceOptions, announce, type WaitEstimate } from '../../index.js';
import { COMMON_PARAMETER_FLAGS, rethrowAsFlag } from '../flags/libraryError.js';

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
      return rethrowAsFlag(e, COMMON_PARAMETER_FLAGS);
    }
  });
}
