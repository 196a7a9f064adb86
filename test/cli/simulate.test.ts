import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';

beforeAll(ensureCliBuilt, 120_000);

interface Est {
  value: number;
  lower: number;
  upper: number;
}

describe('queuecast simulate', () => {
  test('Erlang A: the formula lies inside the simulated 95% interval (exponential shapes)', () => {
    const args = ['simulate', '--calls', '300', '--aht', '4m', '--agents', '44', '--patience', '3m', '--budget', '100000', '--json'];
    const r = runCli(args);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      simulated: { serviceLevel: Est; probAbandon: Est };
      formula: { serviceLevel: number; probAbandon: number };
    };
    const inside = (e: Est, x: number, slack: number): boolean => e.lower - slack <= x && x <= e.upper + slack;
    expect(inside(out.simulated.serviceLevel, out.formula.serviceLevel, 0.01)).toBe(true);
    expect(inside(out.simulated.probAbandon, out.formula.probAbandon, 0.005)).toBe(true);
    // Seeded: the same seed gives the same numbers.
    expect(runCli(args).stdout).toBe(r.stdout);
  });

  test('prints the simulated metrics with intervals beside the formula; other shapes and seeds', () => {
    const r = runCli([
      'simulate',
      '--calls',
      '300',
      '--aht',
      '4m',
      '--agents',
      '44',
      '--aht-dist',
      'lognormal:1.5',
      '--seed',
      '7',
      '--budget',
      '50000',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^service level \(20s\)\s+\d+\.\d% +\[\d+\.\d%, \d+\.\d%\]\s+\d+\.\d%$/m);
    expect(r.stdout).toContain('formula (if exponential)');
    expect(r.stdout).toContain('seed 7');
  });

  test.each([
    [['simulate', '--calls', '300', '--aht', '4m', '--agents', '44', '--aht-dist', 'weibull'], '--aht-dist'],
    [['simulate', '--calls', '300', '--aht', '4m', '--agents', '44', '--patience-dist', 'deterministic'], '--patience-dist'],
    [['simulate', '--calls', '300', '--aht', '4m', '--agents', '44', '--budget', '0'], '--budget'],
    [['simulate', '--calls', '300', '--aht', '4m', '--agents', '44', '--budget', '1e12'], '--budget'],
    [['simulate', '--calls', '300', '--aht', '4m', '--agents', '30'], '--agents'],
    [['simulate', '--calls', '0', '--aht', '4m', '--agents', '3'], '--calls'],
  ])('%j: exit 2 naming %s', (args, flag) => {
    const r = runCli(args);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain(flag);
  });

  test('plan --simulate adds the simulated service level per interval and for the day', () => {
    const r = runCli(['plan', 'examples/forecast-day.csv', '--simulate', '--replications', '4', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      intervals: { channel: string; simulatedServiceLevel?: Est }[];
      simulated: { replications: number; serviceLevel: Est };
    };
    expect(out.simulated.replications).toBe(4);
    // The voice rows are simulated (chat and email are not queues of this simulator).
    expect(out.intervals.filter((i) => i.channel === 'voice').every((i) => i.simulatedServiceLevel !== undefined)).toBe(true);
    expect(out.intervals.filter((i) => i.channel !== 'voice').every((i) => i.simulatedServiceLevel === undefined)).toBe(true);
    expect(out.simulated.serviceLevel.value).toBeGreaterThan(0.6);
    const text = runCli(['plan', 'examples/forecast-day.csv', '--simulate', '--replications', '4']);
    expect(text.stdout).toMatch(/^start .* sim SL$/m);
    expect(text.stdout).toMatch(/^simulated\s+service level \d+\.\d% \[/m);
  });
});
