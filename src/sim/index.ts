// Public exports of the sim layer (re-exported by src/index.ts).
// TEAM RULES ({COMMON} in your brief): read /work/main/COMMON.md before editing anything.
export {};
