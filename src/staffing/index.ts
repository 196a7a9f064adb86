// Public exports of the staffing layer (re-exported by src/index.ts).
// TEAM RULES ({COMMON} in your brief): read /work/main/COMMON.md before editing anything.
export {};
