import { describe, expect, it } from 'vitest';
import { analyze, type CentreFigures, type CentreScenario, simulateCentre } from '../../src/index.js';

/**
 * simulateCentre against Erlang C and Erlang A on centres that reduce to them: queues of one
 * handle time and patience whose agents all serve every queue at one penalty are one M/M/n(+M)
 * queue served first come first served overall (the longest-waiting caller across queues); queues
 * with their own agents only are independent ones. Twelve replications of a long run; each figure
 * must lie within 3.5 standard errors of the replications' mean (plus a small slack for
 * rounding), so a correct simulator fails by chance with probability about 5e-4 per figure.
 * Seeds are pinned: the run is deterministic.
 */
const REPLICATIONS = 12;
const FIGURES = ['probWait', 'asa', 'probAbandon', 'serviceLevel'] as const;

function replicate(scenario: CentreScenario, duration: number): CentreFigures[][] {
  return Array.from({ length: REPLICATIONS }, (_, r) => {
    const result = simulateCentre(scenario, { duration, warmUpTime: duration / 10, seed: 100 + r, answerTime: 20 });
    return [...result.queues, result.overall];
  });
}

function agrees(runs: CentreFigures[][], column: number, exact: Record<(typeof FIGURES)[number], number>, slack: number): void {
  for (const figure of FIGURES) {
    const values = runs.map((run) => (run[column] as CentreFigures)[figure] as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    const se = Math.sqrt(variance / values.length);
    expect(
      Math.abs(mean - exact[figure]),
      `${figure} (column ${column}): simulated ${mean} ± ${se}, formula ${exact[figure]}`,
    ).toBeLessThanOrEqual(3.5 * se + slack * (figure === 'asa' ? 1 : 0.01));
  }
}

describe('simulateCentre(scenario) reduces to Erlang C and Erlang A', () => {
  it('two queues pooled over agents who serve both at one penalty: each queue and the centre are one M/M/20 (Erlang C)', () => {
    const scenario: CentreScenario = {
      queues: [
        { name: 'a', arrivalRate: 0.06, handleTime: 180 },
        { name: 'b', arrivalRate: 0.04, handleTime: 180 },
      ],
      agents: [
        { count: 12, serves: ['a', 'b'] },
        { count: 8, serves: ['b', 'a'] },
      ],
    };
    const exact = analyze({ arrivalRate: 0.1, handleTime: 180, agents: 20 }, { answerTime: 20 });
    const runs = replicate(scenario, 200_000);
    for (const column of [0, 1, 2]) agrees(runs, column, { ...exact, probAbandon: 0 }, 0.05);
  });
  it('the same centre with impatient callers: each queue and the centre are one M/M/20+M (Erlang A)', () => {
    const scenario: CentreScenario = {
      queues: [
        { name: 'a', arrivalRate: 0.07, handleTime: 180, patience: 240 },
        { name: 'b', arrivalRate: 0.04, handleTime: 180, patience: 240 },
      ],
      agents: [
        { count: 12, serves: ['a', 'b'] },
        { count: 8, serves: ['a', 'b'] },
      ],
    };
    const exact = analyze({ arrivalRate: 0.11, handleTime: 180, agents: 20, patience: 240 }, { answerTime: 20 });
    const runs = replicate(scenario, 200_000);
    for (const column of [0, 1, 2]) agrees(runs, column, exact, 0.05);
  });
  it('two queues with their own agents only: each its own Erlang A queue', () => {
    const scenario: CentreScenario = {
      queues: [
        { name: 'a', arrivalRate: 0.05, handleTime: 150, patience: 300 },
        { name: 'b', arrivalRate: 0.02, handleTime: 400, patience: 200 },
      ],
      agents: [
        { count: 8, serves: ['a'] },
        { count: 9, serves: ['b'] },
      ],
    };
    const runs = replicate(scenario, 200_000);
    agrees(runs, 0, analyze({ arrivalRate: 0.05, handleTime: 150, agents: 8, patience: 300 }, { answerTime: 20 }), 0.05);
    agrees(runs, 1, analyze({ arrivalRate: 0.02, handleTime: 400, agents: 9, patience: 200 }, { answerTime: 20 }), 0.05);
  });
});
