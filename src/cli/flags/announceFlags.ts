import { ANNOUNCE_DEFAULT_CAP } from '../../realtime/announce.js';
import type { AnnouncementSettings } from '../engine/announcementsFor.js';
import { UsageError } from '../UsageError.js';
import { durationOpt, type FlagValues, stringFlag } from './flags.js';
import { parseFraction } from './parseFraction.js';

/** Locales from `--locale en,hi,ar` (BCP 47 tags, checked by Intl). */
export function localesFrom(values: FlagValues, fallback = 'en'): string[] {
  const text = stringFlag(values, 'locale') ?? fallback;
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tags.length === 0) throw new UsageError(`--locale: expected a language tag such as en, hi or es-MX, got ${JSON.stringify(text)}`);
  for (const tag of tags) {
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      throw new UsageError(`--locale: expected a BCP 47 language tag such as en, hi or es-MX, got ${JSON.stringify(tag)}`);
    }
  }
  return tags;
}

/** Announcement settings from `--statistic`, `--floor`, `--cap`, `--ssml`. */
export function announceSettingsFrom(values: FlagValues): AnnouncementSettings {
  const settings: { statistic?: 'mean' | number; floor?: number; cap?: number; ssml?: boolean } = {};
  const stat = stringFlag(values, 'statistic');
  if (stat !== undefined) {
    if (stat.trim().toLowerCase() === 'mean') settings.statistic = 'mean';
    else {
      const p = parseFraction(stat);
      if (p === undefined || !(p > 0 && p < 1)) {
        throw new UsageError(`--statistic: expected mean or a percentile between 0% and 100% such as 80%, got ${JSON.stringify(stat)}`);
      }
      settings.statistic = p;
    }
  }
  const floor = durationOpt(values, 'floor');
  if (floor !== undefined) settings.floor = floor;
  const cap = durationOpt(values, 'cap');
  if (cap !== undefined) settings.cap = cap;
  // The floor must not exceed the cap: name the flag the user gave (the other may be the default).
  if (floor !== undefined && floor > (cap ?? ANNOUNCE_DEFAULT_CAP)) {
    throw cap === undefined
      ? new UsageError(
          `--floor: expected at most the cap (${ANNOUNCE_DEFAULT_CAP} s unless --cap is given), got ${JSON.stringify(stringFlag(values, 'floor'))}`,
        )
      : new UsageError(`--cap: expected at least --floor (${floor} s), got ${JSON.stringify(stringFlag(values, 'cap'))}`);
  }
  if (values.ssml === true) settings.ssml = true;
  return settings;
}
