// Public exports of the sim layer (re-exported by src/index.ts).
export type { Distribution } from './Distribution.js';
export type { SimCallRecord, SimEvent } from './SimEvent.js';
export type { Estimate, SimIntervalMetrics, SimMetrics, SimResult } from './SimResult.js';
export type { SimInterval, SimScenario } from './SimScenario.js';
export type { SimulateOptions } from './SimulateOptions.js';
export { MAX_RECORDED_CALLS, MAX_SIMULATED_CALLS, simulate } from './simulate.js';
