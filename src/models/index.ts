// Public exports of the models layer.
export type { Queue } from './Queue.js';
export type { AnalyzeOptions, QueueMetrics } from './QueueMetrics.js';
export { analyze, erlangB, erlangC, ratePerSecond, serviceLevel, waitQuantile } from './interim.js';
