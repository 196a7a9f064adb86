/**
 * queuecast: exact, fast contact-centre queueing.
 *
 * Layers (imports point down only): math → models → staffing / realtime / sim → cli.
 * This entry re-exports everything but the command line, and imports no `node:` module.
 * @packageDocumentation
 */
export * from './math/index.js';
export * from './models/index.js';
export * from './staffing/index.js';
export * from './realtime/index.js';
export * from './sim/index.js';
export * from './calllog/index.js';
export * from './history/index.js';
