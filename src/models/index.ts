// Public exports of the models layer.
export type { Queue } from './Queue.js';
export type { AnalyzeOptions, QueueMetrics } from './QueueMetrics.js';
