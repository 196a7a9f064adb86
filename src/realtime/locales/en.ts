import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** English phrases for {@link announce}. */
export const en: Required<AnnouncePhrases> = {
  language: 'en',
  now: 'An agent will answer you now.',
  underMinute: 'Your wait is less than a minute.',
  under: 'Your wait is less than {d}.',
  about: 'Your wait is about {d}.',
  over: 'Your wait is more than {d}.',
  range: 'Your wait is {range}.',
  unknown: 'An agent will answer you as soon as possible.',
  callback: 'Press {key} and we will call you back, without losing your place.',
};
