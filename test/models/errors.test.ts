import { describe, expect, test } from 'vitest';
import { analyze, erlangB, erlangC, QueueInputError, ratePerSecond, serviceLevel, waitQuantile } from '../../src/index.js';

function thrown(fn: () => unknown): QueueInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(QueueInputError);
    expect(e).toBeInstanceOf(RangeError);
    return e as QueueInputError;
  }
  throw new Error('expected a QueueInputError');
}

const good = { arrivalRate: 0.5, handleTime: 180, agents: 100 };

describe('bad input gets a clear error naming parameter, value and expectation', () => {
  test.each([
    ['agents', () => erlangB(-1, 5), -1],
    ['agents', () => erlangC(Number.NaN, 5), Number.NaN],
    ['load', () => erlangB(3, Infinity), Infinity],
    ['load', () => erlangC(3, '5' as unknown as number), '5'],
  ])('erlangB/erlangC reject a bad %s', (parameter, fn, value) => {
    const e = thrown(fn);
    expect(e.parameter).toBe(parameter);
    expect(e.value).toBe(value);
    expect(e.message).toContain(parameter);
    expect(e.message).toContain('≥ 0');
  });

  test.each([
    ['queue.agents', { ...good, agents: 2.5 }, 'agents must be a non-negative integer, got 2.5'],
    ['queue.agents', { ...good, agents: -1 }, 'non-negative integer'],
    ['queue.arrivalRate', { ...good, arrivalRate: -0.1 }, 'got -0.1'],
    ['queue.arrivalRate', { ...good, arrivalRate: Number.NaN }, 'got NaN'],
    ['queue.handleTime', { ...good, handleTime: 0 }, '> 0'],
    ['queue.handleTime', { ...good, handleTime: undefined }, 'got undefined'],
    ['queue.patience', { ...good, patience: 0 }, '> 0'],
    ['queue.patience', { ...good, patience: -5 }, 'got -5'],
    ['queue', null, 'an object'],
  ])('analyze rejects %s (%j)', (parameter, queue, text) => {
    const e = thrown(() => analyze(queue as never));
    expect(e.parameter).toBe(parameter);
    expect(e.message).toContain(text);
  });

  test('analyze rejects a negative answer time', () => {
    expect(thrown(() => analyze(good, { answerTime: -1 })).parameter).toBe('options.answerTime');
    expect(thrown(() => serviceLevel(good, Number.NaN)).parameter).toBe('answerTime');
  });

  test.each([0, 1, -0.5, 1.5, Number.NaN])('waitQuantile rejects p = %s outside (0, 1)', (p) => {
    const e = thrown(() => waitQuantile(good, p));
    expect(e.parameter).toBe('p');
    expect(e.expected).toBe('a number strictly between 0 and 1');
  });

  test('ratePerSecond rejects a non-positive interval and negative counts', () => {
    expect(thrown(() => ratePerSecond(10, 0)).parameter).toBe('intervalSeconds');
    expect(thrown(() => ratePerSecond(-1, 60)).parameter).toBe('count');
  });
});

describe('overload is an answer, not an error', () => {
  test('analyze(queue with load ≥ agents, no patience) returns stable: false with infinite waits', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 120, agents: 100 }, { answerTime: 20 });
    expect(m).toMatchObject({ stable: false, probWait: 1, meanWait: Infinity, asa: Infinity, serviceLevel: 0, occupancy: 1 });
    expect(waitQuantile({ arrivalRate: 1, handleTime: 120, agents: 100 }, 0.5)).toBe(Infinity);
  });

  test('analyze(queue with patience) is stable at any load, even with no agents', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 120, agents: 0, patience: 60 }, { answerTime: 20 });
    expect(m).toMatchObject({ stable: true, probWait: 1, probAbandon: 1, meanWait: 60, serviceLevel: 0 });
    const over = analyze({ arrivalRate: 1, handleTime: 120, agents: 60, patience: 60 }, { answerTime: 20 });
    expect(over.stable).toBe(true);
    expect(over.probAbandon).toBeGreaterThan(0.4);
  });

  test('analyze(queue with no calls) waits for nothing', () => {
    for (const patience of [undefined, 60]) {
      for (const agents of [0, 3]) {
        const m = analyze({ arrivalRate: 0, handleTime: 120, agents, ...(patience ? { patience } : {}) }, { answerTime: 0 });
        expect(m).toMatchObject({ stable: true, probWait: 0, probAbandon: 0, meanWait: 0, serviceLevel: 1, occupancy: 0 });
      }
    }
  });
});

describe('regressions found by the simulator’s validation', () => {
  test('waitQuantile of a heavily overloaded Erlang A queue is finite (was NaN)', () => {
    const q = { arrivalRate: 32.115, handleTime: 1, agents: 23, patience: 5 };
    for (const p of [0.5, 0.9, 0.99]) {
      const t = waitQuantile(q, p);
      expect(Number.isFinite(t)).toBe(true);
      expect(analyze(q, { answerTime: t }).offeredServiceLevel).toBeCloseTo(p, 10);
    }
  });

  test('Erlang C service level never exceeds 1 by rounding (was 1.0000000000000002)', () => {
    const m = analyze({ arrivalRate: 0.21455529725499461, handleTime: 98.80733564961702, agents: 68 }, { answerTime: 24.2955 });
    expect(m.serviceLevel).toBeLessThanOrEqual(1);
  });
});
