import type { BreakRule, ShiftTemplate } from '../../index.js';
import { parseDurationSeconds } from '../flags/parseDuration.js';
import { parseTimeSeconds } from '../flags/parseTimeSeconds.js';
import { UsageError } from '../UsageError.js';
import { type LocatedJson, parseJsonLocated } from './parseJsonLocated.js';

/** The shifts file: templates and the floor limit. */
export interface ShiftsFile {
  templates: ShiftTemplate[];
  maxOnFloor?: number;
  /** `file:line:column` of a library parameter such as `templates[2].breaks[0].latest`, when it is in the file. */
  locate(parameter: string): string | undefined;
}

/** The file's field for a library field name. */
const FILE_FIELD: Record<string, string> = { earliestStart: 'start', startStep: 'every' };

const SHIFT_KEYS = ['name', 'length', 'start', 'latestStart', 'every', 'days', 'breaks', 'cost', 'maxPerStart', 'maxPerDay'];
const BREAK_KEYS = ['length', 'earliest', 'latest', 'paid'];

/**
 * Reads a shifts file (JSON; see `queuecast schedule --help`): an array of shift templates, or
 * `{ "shifts": [...], "maxOnFloor": N }`. Durations are seconds or text such as `8h`, `30m`,
 * `7h30m`; start times are clock times such as `06:00`. Every problem throws a UsageError with
 * the file, line and column of the offending value.
 */
export function readShifts(file: string, text: string): ShiftsFile {
  const root = parseJsonLocated(file, text);
  const at = (v: LocatedJson): string => `${file}:${v.line}:${v.column}`;
  const bad = (v: LocatedJson, field: string, expected: string): never => {
    throw new UsageError(`${at(v)}: ${field}: expected ${expected}`);
  };
  const keys = (v: LocatedJson & { kind: 'object' }, allowed: readonly string[], what: string): void => {
    for (const [k, child] of v.entries) {
      if (!allowed.includes(k)) bad(child, k, `one of the ${what} fields: ${allowed.join(', ')}`);
    }
  };
  const duration = (v: LocatedJson, field: string, positive: boolean): number => {
    const s = v.kind === 'number' ? v.value : v.kind === 'string' ? parseDurationSeconds(v.value) : undefined;
    if (s === undefined || !(positive ? s > 0 : s >= 0))
      return bad(v, field, `a ${positive ? 'positive ' : ''}duration such as 8h, 30m or 7h30m (or seconds)`);
    return s;
  };
  const clock = (v: LocatedJson, field: string): number => {
    const s = v.kind === 'number' ? v.value : v.kind === 'string' ? parseTimeSeconds(v.value) : undefined;
    if (s === undefined || !(s >= 0) || s > 86_400) return bad(v, field, 'a time of day such as 06:00 (or seconds after midnight)');
    return s;
  };
  const count = (v: LocatedJson, field: string): number => {
    if (v.kind !== 'number' || !Number.isInteger(v.value) || v.value < 0) return bad(v, field, 'a whole number ≥ 0');
    return v.value;
  };
  let list: LocatedJson = root;
  let maxOnFloor: number | undefined;
  if (root.kind === 'object') {
    keys(root, ['shifts', 'maxOnFloor'], 'top-level');
    const shifts = root.entries.get('shifts');
    if (shifts === undefined) return bad(root, 'shifts', 'a "shifts" array of shift templates');
    list = shifts;
    const floor = root.entries.get('maxOnFloor');
    if (floor !== undefined) maxOnFloor = count(floor, 'maxOnFloor');
  }
  if (list.kind !== 'array' || list.items.length === 0) return bad(list, 'shifts', 'a non-empty array of shift templates');
  const names = new Set<string>();
  const templates = list.items.map((item): ShiftTemplate => {
    if (item.kind !== 'object') return bad(item, 'shift', 'an object such as {"name": "early", "length": "8h", "start": "06:00"}');
    keys(item, SHIFT_KEYS, 'shift');
    const get = (k: string): LocatedJson | undefined => item.entries.get(k);
    const name = get('name');
    if (name === undefined || name.kind !== 'string' || name.value === '') return bad(name ?? item, 'name', 'a non-empty name');
    if (names.has(name.value)) bad(name, 'name', `a unique name ("${name.value}" is used twice)`);
    names.add(name.value);
    const length = get('length');
    const start = get('start');
    if (length === undefined) return bad(item, 'length', 'the shift length, e.g. "length": "8h"');
    if (start === undefined) return bad(item, 'start', 'the earliest start, e.g. "start": "06:00"');
    const t: ShiftTemplate = { name: name.value, length: duration(length, 'length', true), earliestStart: clock(start, 'start') };
    const latest = get('latestStart');
    if (latest !== undefined) t.latestStart = clock(latest, 'latestStart');
    const every = get('every');
    if (every !== undefined) t.startStep = duration(every, 'every', true);
    const days = get('days');
    if (days !== undefined) {
      if (days.kind !== 'array') return bad(days, 'days', 'an array of day numbers (0 = the plan’s first day)');
      t.days = days.items.map((d) => count(d, 'days'));
    }
    const breaks = get('breaks');
    if (breaks !== undefined) {
      if (breaks.kind !== 'array') return bad(breaks, 'breaks', 'an array of breaks');
      t.breaks = breaks.items.map((b): BreakRule => {
        if (b.kind !== 'object') return bad(b, 'break', 'an object such as {"length": "30m", "earliest": "3h", "latest": "5h"}');
        keys(b, BREAK_KEYS, 'break');
        const field = (k: string): LocatedJson =>
          b.entries.get(k) ?? bad(b, k, `the break's ${k} (a duration${k === 'length' ? '' : ' after the shift starts'})`);
        const rule: BreakRule = {
          length: duration(field('length'), 'length', true),
          earliest: duration(field('earliest'), 'earliest', false),
          latest: duration(field('latest'), 'latest', false),
        };
        const paid = b.entries.get('paid');
        if (paid !== undefined) rule.paid = paid.kind === 'boolean' ? paid.value : bad(paid, 'paid', 'true or false');
        return rule;
      });
    }
    const cost = get('cost');
    if (cost !== undefined) t.cost = cost.kind === 'number' && cost.value > 0 ? cost.value : bad(cost, 'cost', 'a number > 0');
    const perStart = get('maxPerStart');
    if (perStart !== undefined) t.maxPerStart = count(perStart, 'maxPerStart');
    const perDay = get('maxPerDay');
    if (perDay !== undefined) t.maxPerDay = count(perDay, 'maxPerDay');
    return t;
  });
  const locate = (parameter: string): string | undefined => {
    const m = /^templates\[(\d+)\](?:\.breaks\[(\d+)\])?(?:\.(\w+))?/.exec(parameter);
    if (m === null || list.kind !== 'array') return undefined;
    let node: LocatedJson | undefined = list.items[Number(m[1])];
    if (m[2] !== undefined && node?.kind === 'object') {
      const breaks = node.entries.get('breaks');
      node = breaks?.kind === 'array' ? breaks.items[Number(m[2])] : undefined;
    }
    if (m[3] !== undefined && node?.kind === 'object') node = node.entries.get(FILE_FIELD[m[3]] ?? m[3]) ?? node;
    return node === undefined ? undefined : at(node);
  };
  const out: ShiftsFile = { templates, locate };
  if (maxOnFloor !== undefined) out.maxOnFloor = maxOnFloor;
  return out;
}
