/**
 * The numeric metrics {@link analyze} computes, in a stable order: handy for tables, CSV columns
 * and comparisons (simulation against formula). The last four need an answer time.
 *
 * @example
 * QUEUE_METRIC_NAMES.length; // => 10
 */
export const QUEUE_METRIC_NAMES = [
  'probWait',
  'probAbandon',
  'meanWait',
  'asa',
  'meanQueueLength',
  'occupancy',
  'serviceLevel',
  'offeredServiceLevel',
  'serviceLevelOfAnswered',
  'serviceLevelExcludingShortAbandons',
] as const;

/** One of {@link QUEUE_METRIC_NAMES}. */
export type QueueMetricName = (typeof QUEUE_METRIC_NAMES)[number];
