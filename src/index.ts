/**
 * queuecast: exact, fast contact-centre queueing.
 *
 * Layers, lowest first (a folder imports its own files and lower layers only; no import loops):
 * math → models, calllog → staffing, sim, forecast, history, realtime, schedule → this entry → cli.
 * The table and its test: `test/house/layers.ts`; the map: README, "Architecture". This entry
 * re-exports everything but the command line, and nothing it reaches imports `node:` or reads
 * `process`.
 * @packageDocumentation
 */

export * from './calllog/index.js';
export * from './forecast/index.js';
export * from './history/index.js';
export * from './math/index.js';
export * from './models/index.js';
export * from './realtime/index.js';
export * from './schedule/index.js';
export * from './sim/index.js';
export * from './staffing/index.js';
