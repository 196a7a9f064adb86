// Smoke test of the built package as ESM, through its own exports map (self-reference).
import assert from 'node:assert/strict';
import { analyze, erlangB, erlangC, QueueInputError } from 'queuecast';

assert.ok(Math.abs(erlangB(10, 5) - 0.018384570336648) < 1e-12);
assert.equal(erlangC(5, 5), 1);
const m = analyze({ arrivalRate: 100 / 180, handleTime: 180, agents: 102, patience: 300 }, { answerTime: 20 });
assert.equal(m.serviceLevel.toFixed(5), '0.82551');
assert.throws(() => erlangC(-1, 1), QueueInputError);
console.log('smoke ESM ok');
