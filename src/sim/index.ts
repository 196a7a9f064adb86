// Public exports of the sim layer (re-exported by src/index.ts).
export {};
