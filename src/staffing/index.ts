// Public exports of the staffing layer (re-exported by src/index.ts).
export {};
