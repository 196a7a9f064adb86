import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** Arabic phrases for {@link announce}. */
export const ar: Required<AnnouncePhrases> = {
  language: 'ar',
  now: 'سيجيب عليك أحد الموظفين الآن.',
  underMinute: 'مدة انتظارك أقل من دقيقة.',
  under: 'مدة انتظارك أقل من {d}.',
  about: 'مدة انتظارك {d} تقريبًا.',
  over: 'مدة انتظارك أكثر من {d}.',
  range: 'مدة انتظارك {range}.',
  unknown: 'سيجيب عليك أحد الموظفين في أقرب وقت ممكن.',
  callback: 'اضغط {key} وسنعاود الاتصال بك دون أن تفقد دورك.',
};
