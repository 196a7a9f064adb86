// Smoke test of the built package as CommonJS, through its own exports map (self-reference).
const assert = require('node:assert/strict');
const { analyze, erlangC, QueueInputError } = require('queuecast');

assert.ok(Math.abs(erlangC(10, 5) - 0.03610535915832) < 1e-12);
const m = analyze({ arrivalRate: 100 / 180, handleTime: 180, agents: 102, patience: 300 }, { answerTime: 20 });
assert.equal(m.asa.toFixed(4), '7.7036');
assert.throws(() => analyze({ arrivalRate: 1, handleTime: 1, agents: 2.5 }), QueueInputError);
console.log('smoke CJS ok');
