import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** German phrases for {@link announce}. */
export const de: Required<AnnouncePhrases> = {
  language: 'de',
  now: 'Ein Mitarbeiter ist jetzt für Sie da.',
  underMinute: 'Ihre Wartezeit beträgt weniger als eine Minute.',
  under: 'Ihre Wartezeit beträgt weniger als {d}.',
  about: 'Ihre Wartezeit beträgt etwa {d}.',
  over: 'Ihre Wartezeit beträgt mehr als {d}.',
  range: 'Ihre Wartezeit beträgt {range}.',
  unknown: 'Ein Mitarbeiter ist so bald wie möglich für Sie da.',
  callback: 'Drücken Sie die {key}, dann rufen wir Sie zurück, ohne dass Sie Ihren Platz verlieren.',
};
