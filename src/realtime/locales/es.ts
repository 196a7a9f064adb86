import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** Spanish phrases for {@link announce}. */
export const es: Required<AnnouncePhrases> = {
  language: 'es',
  now: 'Un agente le atenderá ahora.',
  underMinute: 'Su espera es de menos de un minuto.',
  under: 'Su espera es de menos de {d}.',
  about: 'Su espera es de unos {d}.',
  over: 'Su espera es de más de {d}.',
  range: 'Su espera es de {range}.',
  unknown: 'Un agente le atenderá lo antes posible.',
  callback: 'Pulse {key} y le devolveremos la llamada sin perder su turno.',
};
