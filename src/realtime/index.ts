// Public exports of the realtime layer (re-exported by src/index.ts).
export {};
