/**
 * The simulated centres of the harness: overlapping agent pools, loads 0.85–0.95, abandonment,
 * exponential handle times and patience (the oracle needs a Markov state). Loads are offered
 * Erlangs ÷ agents. Seeds fixed.
 */
import type { CentreScenario } from '../../src/index.js';

export interface HarnessCentre {
  name: string;
  scenario: CentreScenario;
  /** Simulated seconds scored (after the warm-up). */
  duration: number;
  warmUpTime: number;
  seed: number;
}

export const CENTRES: HarnessCentre[] = [
  {
    // 5 agents, 0.9: two dedicated to A, one to B, two shared at equal penalty
    name: 'small: 2 queues, 5 agents, shared pool, load 0.90',
    scenario: {
      queues: [
        { name: 'A', arrivalRate: 2.7 / 180, handleTime: 180, patience: 300 },
        { name: 'B', arrivalRate: 1.8 / 300, handleTime: 300, patience: 600 },
      ],
      agents: [
        { name: 'a', count: 2, serves: ['A'] },
        { name: 'b', count: 1, serves: ['B'] },
        { name: 'ab', count: 2, serves: ['A', 'B'] },
      ],
    },
    duration: 3 * 86_400,
    warmUpTime: 3600,
    seed: 1,
  },
  {
    // 20 agents, 0.85: VIP callers first for the shared agents (penalty 1 on regular)
    name: 'priority: 2 queues, 20 agents, penalties, load 0.85',
    scenario: {
      queues: [
        { name: 'vip', arrivalRate: 6 / 240, handleTime: 240, patience: 600 },
        { name: 'regular', arrivalRate: 11 / 200, handleTime: 200, patience: 300 },
      ],
      agents: [
        { name: 'v', count: 6, serves: ['vip'] },
        { name: 'r', count: 8, serves: ['regular'] },
        { name: 'vr', count: 6, serves: ['vip', { queue: 'regular', penalty: 1 }] },
      ],
    },
    duration: 2 * 86_400,
    warmUpTime: 3600,
    seed: 2,
  },
  {
    // 60 agents, 0.95: PS and PE share a big pool, IN has its own, a group backs IN up from PE
    name: 'bank-like: 3 queues, 60 agents, shared + dedicated + backup, load 0.95',
    scenario: {
      queues: [
        { name: 'PS', arrivalRate: 30 / 200, handleTime: 200, patience: 400 },
        { name: 'PE', arrivalRate: 15 / 250, handleTime: 250, patience: 500 },
        { name: 'IN', arrivalRate: 12 / 300, handleTime: 300, patience: 600 },
      ],
      agents: [
        { name: 'shared', count: 35, serves: ['PS', 'PE'] },
        { name: 'in', count: 10, serves: ['IN'] },
        { name: 'pe-in', count: 15, serves: ['PE', { queue: 'IN', penalty: 1 }] },
      ],
    },
    duration: 86_400,
    warmUpTime: 3600,
    seed: 3,
  },
  {
    // 40 agents, 0.90: a chain of skills, each group's second queue at penalty 1
    name: 'chain: 3 queues, 40 agents, overlapping pairs with penalties, load 0.90',
    scenario: {
      queues: [
        { name: 'X', arrivalRate: 14 / 180, handleTime: 180, patience: 300 },
        { name: 'Y', arrivalRate: 12 / 240, handleTime: 240, patience: 450 },
        { name: 'Z', arrivalRate: 10 / 300, handleTime: 300, patience: 600 },
      ],
      agents: [
        { name: 'xy', count: 14, serves: ['X', { queue: 'Y', penalty: 1 }] },
        { name: 'yz', count: 12, serves: ['Y', { queue: 'Z', penalty: 1 }] },
        { name: 'zx', count: 10, serves: ['Z', { queue: 'X', penalty: 1 }] },
        { name: 'all', count: 4, serves: ['X', 'Y', 'Z'] },
      ],
    },
    duration: 86_400,
    warmUpTime: 3600,
    seed: 4,
  },
];
