import type { AnnouncePhrases } from './AnnouncePhrases.js';

/** Urdu phrases for {@link announce}. */
export const ur: Required<AnnouncePhrases> = {
  language: 'ur',
  now: 'ایک نمائندہ ابھی آپ سے بات کرے گا۔',
  underMinute: 'آپ کا انتظار ایک منٹ سے کم ہے۔',
  under: 'آپ کا انتظار {d} سے کم ہے۔',
  about: 'آپ کا انتظار تقریباً {d} ہے۔',
  over: 'آپ کا انتظار {d} سے زیادہ ہے۔',
  range: 'آپ کا انتظار {range} ہے۔',
  unknown: 'ایک نمائندہ جلد از جلد آپ سے بات کرے گا۔',
  callback: 'واپس کال کے لیے {key} دبائیں، آپ کی باری برقرار رہے گی۔',
};
