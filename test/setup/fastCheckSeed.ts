import fc from 'fast-check';

// Property tests draw a fresh random seed on every local run, so repeated runs keep exploring.
// CI pins the seed (FC_SEED overrides it anywhere): a run that lands must be reproducible, not
// a lucky draw. A failure prints its seed and counterexample; keep the counterexample as a
// regression test next to the property.
const pinned = process.env.FC_SEED ?? (process.env.CI === 'true' ? '20261123' : undefined);
if (pinned !== undefined) fc.configureGlobal({ seed: Number(pinned) });
