// Public exports of the models layer.
export { analyze } from './analyze.js';
export { erlangB } from './erlangB.js';
export { erlangC } from './erlangC.js';
export type { Queue } from './Queue.js';
export type { AnalyzeOptions, QueueMetrics, QueueMetricsWithServiceLevels } from './QueueMetrics.js';
export { QUEUE_METRIC_NAMES, type QueueMetricName } from './queueMetricNames.js';
export { ratePerSecond } from './ratePerSecond.js';
export { serviceLevel } from './serviceLevel.js';
export { waitQuantile } from './waitQuantile.js';
