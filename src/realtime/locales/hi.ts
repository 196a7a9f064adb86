import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** Hindi phrases for {@link announce}. */
export const hi: Required<AnnouncePhrases> = {
  language: 'hi',
  now: 'एक एजेंट अभी आपसे बात करेगा।',
  underMinute: 'आपका प्रतीक्षा समय एक मिनट से कम है।',
  under: 'आपका प्रतीक्षा समय {d} से कम है।',
  about: 'आपका प्रतीक्षा समय लगभग {d} है।',
  over: 'आपका प्रतीक्षा समय {d} से अधिक है।',
  range: 'आपका प्रतीक्षा समय {range} है।',
  unknown: 'एक एजेंट जल्द से जल्द आपसे बात करेगा।',
  callback: 'कॉल बैक के लिए {key} दबाएँ, आपकी बारी बनी रहेगी।',
};
