import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** Greek phrases for {@link announce}. */
export const el: Required<AnnouncePhrases> = {
  language: 'el',
  now: 'Ένας εκπρόσωπος θα σας εξυπηρετήσει τώρα.',
  underMinute: 'Ο χρόνος αναμονής σας είναι λιγότερο από ένα λεπτό.',
  under: 'Ο χρόνος αναμονής σας είναι λιγότερο από {d}.',
  about: 'Ο χρόνος αναμονής σας είναι περίπου {d}.',
  over: 'Ο χρόνος αναμονής σας είναι περισσότερο από {d}.',
  range: 'Ο χρόνος αναμονής σας είναι {range}.',
  unknown: 'Ένας εκπρόσωπος θα σας εξυπηρετήσει το συντομότερο δυνατό.',
  callback: 'Πατήστε {key} και θα σας καλέσουμε πίσω, χωρίς να χάσετε τη σειρά σας.',
};
