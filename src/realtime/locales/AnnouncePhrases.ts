/**
 * One language's sentences for {@link announce}. `{d}` is replaced by a duration formatted with
 * `Intl.NumberFormat` (unit style: number, unit and plural form from the runtime's CLDR data,
 * in the caller's numbering system); `{range}` by `Intl.NumberFormat.formatRange`.
 */
export interface AnnouncePhrases {
  /** BCP 47 language subtag the table is for, e.g. `'es'`. */
  readonly language: string;
  /** Zero wait: an agent answers now. */
  readonly now: string;
  /** The floor when it is exactly one minute ("less than a minute"). */
  readonly underMinute: string;
  /** The floor, `{d}`: "less than {d}". */
  readonly under: string;
  /** A rounded-up estimate, `{d}`: "about {d}". */
  readonly about: string;
  /** The cap, `{d}`: "more than {d}". */
  readonly over: string;
  /** A range, `{range}`: "{range}" e.g. "5–10 minutes". */
  readonly range: string;
  /**
   * No time known (the estimate's staffing is unknown): "an agent will answer you as soon as possible".
   * Absent in a table of your own: the built-in sentence of its `language`, else English.
   */
  readonly unknown?: string;
  /** Offer of a call-back, appended when `callbackKey` is set; `{key}` is the key to press. */
  readonly callback: string;
}
