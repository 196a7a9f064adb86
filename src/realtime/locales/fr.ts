import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** French phrases for {@link announce}. */
export const fr: Required<AnnouncePhrases> = {
  language: 'fr',
  now: 'Un conseiller va vous répondre maintenant.',
  underMinute: 'Votre attente est inférieure à une minute.',
  under: 'Votre attente est inférieure à {d}.',
  about: 'Votre attente est d’environ {d}.',
  over: 'Votre attente est supérieure à {d}.',
  range: 'Votre attente est de {range}.',
  unknown: 'Un conseiller va vous répondre dès que possible.',
  callback: 'Tapez {key} et nous vous rappellerons, sans perdre votre place.',
};
