/**
 * The simulated centres of the harness: overlapping agent pools, loads 0.85–0.95 (offered Erlangs
 * ÷ agents), abandonment, exponential handle times and patience (the oracle needs a Markov state).
 * Seeds fixed.
 */
import type { AgentGroup, CentreScenario } from '../../src/index.js';

export interface HarnessCentre {
  name: string;
  scenario: CentreScenario;
  /** Simulated seconds scored (after the warm-up). */
  duration: number;
  warmUpTime: number;
  seed: number;
}

/** A queue as `[name, offered Erlangs, mean handle time s, mean patience s]`. */
type QueueRow = [string, number, number, number];

function centre(name: string, queues: QueueRow[], agents: AgentGroup[], days: number, seed: number): HarnessCentre {
  return {
    name,
    scenario: {
      queues: queues.map(([queue, erlangs, handleTime, patience]) => ({
        name: queue,
        arrivalRate: erlangs / handleTime,
        handleTime,
        patience,
      })),
      agents,
    },
    duration: days * 86_400,
    warmUpTime: 3600,
    seed,
  };
}

export const CENTRES: HarnessCentre[] = [
  // 5 agents, 4.5 Erlangs: two dedicated to A, one to B, two shared at equal penalty
  centre(
    'small: 2 queues, 5 agents, shared pool, load 0.90',
    [
      ['A', 2.7, 180, 300],
      ['B', 1.8, 300, 600],
    ],
    [
      { name: 'a', count: 2, serves: ['A'] },
      { name: 'b', count: 1, serves: ['B'] },
      { name: 'ab', count: 2, serves: ['A', 'B'] },
    ],
    3,
    1,
  ),
  // 20 agents, 17 Erlangs: VIP callers first for the shared agents (penalty 1 on regular)
  centre(
    'priority: 2 queues, 20 agents, penalties, load 0.85',
    [
      ['vip', 6, 240, 600],
      ['regular', 11, 200, 300],
    ],
    [
      { name: 'v', count: 6, serves: ['vip'] },
      { name: 'r', count: 8, serves: ['regular'] },
      { name: 'vr', count: 6, serves: ['vip', { queue: 'regular', penalty: 1 }] },
    ],
    2,
    2,
  ),
  // 60 agents, 57 Erlangs: PS and PE share a big pool, IN has its own, a group backs IN up from PE
  centre(
    'bank-like: 3 queues, 60 agents, shared + dedicated + backup, load 0.95',
    [
      ['PS', 30, 200, 400],
      ['PE', 15, 250, 500],
      ['IN', 12, 300, 600],
    ],
    [
      { name: 'shared', count: 35, serves: ['PS', 'PE'] },
      { name: 'in', count: 10, serves: ['IN'] },
      { name: 'pe-in', count: 15, serves: ['PE', { queue: 'IN', penalty: 1 }] },
    ],
    1,
    3,
  ),
  // 40 agents, 36 Erlangs: a chain of skills, each group's second queue at penalty 1
  centre(
    'chain: 3 queues, 40 agents, overlapping pairs with penalties, load 0.90',
    [
      ['X', 14, 180, 300],
      ['Y', 12, 240, 450],
      ['Z', 10, 300, 600],
    ],
    [
      { name: 'xy', count: 14, serves: ['X', { queue: 'Y', penalty: 1 }] },
      { name: 'yz', count: 12, serves: ['Y', { queue: 'Z', penalty: 1 }] },
      { name: 'zx', count: 10, serves: ['Z', { queue: 'X', penalty: 1 }] },
      { name: 'all', count: 4, serves: ['X', 'Y', 'Z'] },
    ],
    1,
    4,
  ),
];
