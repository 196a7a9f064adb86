// Public exports of the realtime layer (re-exported by src/index.ts).
export { estimateWait } from './estimateWait.js';
export type { WaitInput } from './estimateWait.js';
export type { WaitEstimate } from './WaitEstimate.js';
