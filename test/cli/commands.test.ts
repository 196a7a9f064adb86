import { beforeAll, describe, expect, test } from 'vitest';
import { analyze, requiredChatAgents } from '../../src/index.js';
import { ensureCliBuilt } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';

beforeAll(ensureCliBuilt, 120_000);

describe('queuecast (global)', () => {
  test('--help lists every command with examples and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['analyze', 'staff', 'plan', 'history', 'replay', 'wait', 'simulate', 'demo'])
      expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.stdout).toContain('Examples:');
  });

  test('--version prints the package version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  test('no command prints the usage to stderr and exits 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  test('an unknown command exits 2 with one line naming it', () => {
    const r = runCli(['analyse']);
    expect(isOneLineUserError(r)).toBe(true);
    expect(r.stderr).toContain('"analyse"');
  });

  test.each(['analyze', 'staff', 'plan', 'history', 'replay', 'wait', 'simulate', 'demo'])(
    '%s --help shows usage and runnable examples',
    (cmd) => {
      const r = runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`queuecast ${cmd}`);
      expect(r.stdout).toMatch(/Examples:\n {2}queuecast /);
    },
  );
});

describe('bad flags: exit 2, one line naming the flag, no stack trace', () => {
  test.each([
    [['analyze', '--calls', '1200', '--aht', '4m30s', '--agents', '185', '--frobnicate'], '--frobnicate'],
    [['analyze', '--calls', 'lots', '--aht', '4m', '--agents', '3'], '--calls'],
    [['analyze', '--calls', '100', '--aht', '4 minutes', '--agents', '3'], '--aht'],
    [['analyze', '--calls', '100', '--aht', '0s', '--agents', '3'], '--aht'],
    [['analyze', '--calls', '100', '--aht', '4m', '--agents', '2.5'], '--agents'],
    [['analyze', '--calls', '100', '--aht', '4m', '--agents', '3', '--sl', '80'], '--sl'],
    [['analyze', '--calls', '100', '--aht', '4m', '--agents', '3', '--patience', '-3m'], '--patience'],
    [['analyze', '--calls', '100', '--aht', '4m'], '--agents'],
    [['analyze', '--aht', '4m', '--agents', '3'], '--calls'],
    [['analyze', '--calls', '100', '--aht', '4m', '--sweep', '50..40'], '--sweep'],
    [['analyze', '--calls', '100', '--aht', '4m', '--agents'], '--agents'],
    [['analyze', '--calls', '100', '--aht', '4m', '--agents', '3', 'extra'], 'extra'],
    [['staff', '--calls', '100', '--aht', '4m', '--shrinkage', '100%'], '--shrinkage'],
    [['staff', '--calls', '100', '--aht', '4m', '--max-abandon', '30'], '--max-abandon'],
    [['staff', '--calls', '100', '--aht', '4m', '--json=yes'], '--json'],
    [['plan'], 'forecast'],
  ])('%j names %s', (args, name) => {
    const r = runCli(args);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain(name);
    expect(r.stdout).toBe('');
  });
});

describe('queuecast analyze', () => {
  test('prints the metrics of a team and whether it meets the target', () => {
    const r = runCli([
      'analyze',
      '--calls',
      '1200',
      '--interval',
      '30m',
      '--aht',
      '4m30s',
      '--agents',
      '185',
      '--patience',
      '3m',
      '--sl',
      '80/20',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('load 180 Erlangs');
    expect(r.stdout).toMatch(/service level \(20s\)\s+\d+\.\d%/);
    expect(r.stdout).toContain('meets the target 80% within 20s');
  });

  test('--json equals the library analyze() for the same queue (durations and percentages parsed)', () => {
    const r = runCli([
      'analyze',
      '--calls',
      '1200',
      '--interval',
      '0.5h',
      '--aht',
      '4:30',
      '--agents',
      '185',
      '--patience',
      '180',
      '--sl',
      '0.8/20s',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { metrics: Record<string, unknown>; meetsTarget: boolean };
    const expected = analyze({ arrivalRate: 1200 / 1800, handleTime: 270, agents: 185, patience: 180 }, { answerTime: 20 });
    expect(out.metrics).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(out.meetsTarget).toBe((expected.serviceLevel ?? 0) >= 0.8);
  });

  test('an overloaded Erlang C team is an answer (infinite waits as "Infinity" in JSON), not an error', () => {
    const r = runCli(['analyze', '--calls', '1200', '--aht', '4m30s', '--agents', '150', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { metrics: { stable: boolean; asa: unknown } };
    expect(out.metrics.stable).toBe(false);
    expect(out.metrics.asa).toBe('Infinity');
  });

  test('--sweep 41..50 prints one row per team size, service level rising', () => {
    const r = runCli(['analyze', '--calls', '300', '--aht', '4m', '--sweep', '41..50', '--json']);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { rows: { agents: number; serviceLevel: number }[] }).rows;
    expect(rows.map((x) => x.agents)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.serviceLevel).toBeGreaterThan(rows[i - 1]!.serviceLevel);
    const text = runCli(['analyze', '--calls', '300', '--aht', '4m', '--sweep', '41..50']);
    expect(text.stdout.trim().split('\n')).toHaveLength(2 + 2 + 10);
  });
});

describe('queuecast staff', () => {
  test('the answer is minimal: target met at n, missed at n − 1 (Erlang A with an abandonment cap)', () => {
    const r = runCli(['staff', '--calls', '1200', '--aht', '4m30s', '--patience', '3m', '--sl', '80/20', '--max-abandon', '3%', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      agents: number;
      binding: string;
      neighbours: { agents: number; serviceLevel: number; probAbandon: number }[];
    };
    const at = (n: number) => out.neighbours.find((m) => m.agents === n)!;
    const ok = (m: { serviceLevel: number; probAbandon: number }): boolean => m.serviceLevel >= 0.8 && m.probAbandon <= 0.03;
    expect(ok(at(out.agents))).toBe(true);
    expect(ok(at(out.agents - 1))).toBe(false);
    expect(['serviceLevel', 'maxAbandon']).toContain(out.binding);
  });

  test('shrinkage grosses up: 30% → ceil(n / 0.7) scheduled; text names the binding target', () => {
    const r = runCli(['staff', '--calls', '1200', '--aht', '4m30s', '--sl', '80/20', '--shrinkage', '30%', '--json']);
    const out = JSON.parse(r.stdout) as { agents: number; scheduled: number };
    expect(out.scheduled).toBe(Math.ceil(out.agents / 0.7 - 1e-9));
    const text = runCli(['staff', '--calls', '1200', '--aht', '4m30s', '--sl', '80/20', '--shrinkage', '0.3']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${out.agents} agents on the phones (set by the service-level target;`);
    expect(text.stdout).toContain(`${out.scheduled} agents scheduled with 30% shrinkage`);
    expect(text.stdout).toContain(`▶ ${out.agents}`);
  });

  test('a target no team can meet is a user error naming the flag', () => {
    const r = runCli(['staff', '--calls', '100', '--aht', '4m', '--asa', '0s']);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain('--asa');
    const sl = runCli(['staff', '--calls', '100', '--aht', '4m', '--sl', '100/20']);
    expect(isOneLineUserError(sl), sl.stderr).toBe(true);
    expect(sl.stderr).toContain('--sl');
  });

  test('--concurrency 3 (chat): the fewest agents whose 3 slots each meet the target; agrees with requiredChatAgents', () => {
    const args = ['staff', '--calls', '300', '--aht', '10m', '--patience', '4m', '--sl', '80/60', '--concurrency', '3'];
    const r = runCli([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      agents: number;
      slots: number;
      concurrency: number;
      metrics: { agents: number };
      neighbours: { agents: number; serviceLevel: number }[];
    };
    const lib = requiredChatAgents(
      { arrivalRate: 300 / 1800, handleTime: 600, patience: 240 },
      { serviceLevel: 0.8, answerTime: 60 },
      { concurrency: 3 },
    );
    expect(out).toMatchObject({ agents: lib.agents, slots: lib.slots, concurrency: 3 });
    expect(out.metrics.agents).toBe(lib.slots);
    // neighbours are whole agents of 3 slots: n meets 80/60, n − 1 does not
    expect(out.neighbours.map((m) => m.agents)).toEqual([-2, -1, 0, 1, 2].map((k) => (out.agents + k) * 3));
    expect(out.neighbours[2]!.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(out.neighbours[1]!.serviceLevel).toBeLessThan(0.8);
    const text = runCli(args);
    expect(text.stdout).toContain(`${lib.agents} agents at 3 chats each, ${lib.slots} conversation slots (set by`);
    expect(text.stdout).toContain(`▶ ${lib.agents} `);
    const bad = runCli(['staff', '--calls', '300', '--aht', '10m', '--concurrency', '1.5']);
    expect(isOneLineUserError(bad), bad.stderr).toBe(true);
    expect(bad.stderr).toContain('--concurrency');
  });

  test('an occupancy cap alone can bind (light load, 85% cap)', () => {
    const r = runCli(['staff', '--calls', '1200', '--aht', '4m30s', '--max-occupancy', '85%', '--json']);
    const out = JSON.parse(r.stdout) as { agents: number; binding: string; metrics: { occupancy: number } };
    expect(out.binding).toBe('maxOccupancy');
    expect(out.agents).toBe(Math.ceil(180 / 0.85));
    expect(out.metrics.occupancy).toBeLessThanOrEqual(0.85);
  });
});
