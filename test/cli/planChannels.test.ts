// The plan's channel planners (voice, chat, email) in-process: errors of the library come back
// naming the flag or the file's line, and each channel's rows keep the file's order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isOneLineUserError } from './runCli.js';
import { runInProcess } from './runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'queuecast-channels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('queuecast plan, channel by channel', () => {
  test('a target the library refuses names its flag, for voice and for chat rows', async () => {
    const voice = file('voice.csv', 'start,calls,aht\n08:00,100,180\n08:30,50,180\n');
    const chat = file('chat.csv', 'start,channel,calls,aht\n08:00,chat,100,180\n08:30,chat,50,180\n');
    for (const path of [voice, chat]) {
      const r = await runInProcess(['plan', path, '--asa', '0']);
      expect(isOneLineUserError(r), r.stderr).toBe(true);
      expect(r.stderr).toMatch(/^queuecast plan: --asa: expected .*got "0"\n$/);
    }
  });

  test('email rows need one response-time promise, named by file and line', async () => {
    const none = file('none.csv', 'start,channel,calls,aht\n08:00,voice,100,180\n08:00,email,10,900\n');
    let r = await runInProcess(['plan', none, '--interval', '30m']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${none}:3: email rows need a response-time promise`);
    const two = file('two.csv', 'start,channel,calls,aht,deadline\n08:00,email,10,900,1h\n08:30,email,10,900,2h\n');
    r = await runInProcess(['plan', two]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${two}:3:5 (column "deadline"): every email row must promise the same response time (3600 s on line 2)`);
  });

  test('rows come back in the file order with each channel planned by its own model', async () => {
    const mixed = file(
      'mixed.csv',
      'start,channel,calls,aht\n08:00,email,20,600\n08:00,voice,100,180\n08:00,chat,60,300\n08:30,voice,120,180\n08:30,email,0,600\n08:30,chat,0,300\n',
    );
    const r = await runInProcess(['plan', mixed, '--email-response', '1h', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { intervals: { line: number; channel: string; binding: string; occupancy: number }[] };
    expect(plan.intervals.map((i) => [i.line, i.channel])).toEqual([
      [2, 'email'],
      [3, 'voice'],
      [4, 'chat'],
      [5, 'voice'],
      [6, 'email'],
      [7, 'chat'],
    ]);
    expect(plan.intervals.filter((i) => i.channel === 'email').every((i) => i.binding === 'deadline')).toBe(true);
    for (const i of plan.intervals) expect(i.occupancy >= 0 && i.occupancy <= 1).toBe(true);
  });
});
