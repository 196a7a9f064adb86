import type { AnnouncePhrases } from './AnnouncePhrases.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { ur } from './ur.js';

/** Built-in phrase tables by language subtag (only bundled when `announce` is used). */
export const builtInPhrases: Readonly<Record<string, Required<AnnouncePhrases>>> = { ar, de, el, en, es, fr, hi, ur };
