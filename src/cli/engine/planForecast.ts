import type { StaffingTarget } from '../../index.js';
import { byChannel, type Channel, type ForecastInterval } from '../readers/ForecastInterval.js';
import { type ForecastPlanTotals, forecastPlanTotals } from './forecastPlanTotals.js';
import { planChat } from './planChat.js';
import { planEmail } from './planEmail.js';
import type { PlanRow } from './PlanRow.js';
import type { PlanSettings } from './PlanSettings.js';
import { planVoice } from './planVoice.js';

/** A staffing plan for a forecast. */
export interface Plan {
  rows: PlanRow[];
  totals: ForecastPlanTotals;
}

/**
 * Plans a forecast with the staffing layer, channel by channel: voice with `staffingPlan` (SIPP or
 * the offered-load method), chat with `requiredChatAgents` (agents handle `concurrency`
 * conversations at once), email with `deferredPlan` (every item answered within its response
 * time, backlog carried between intervals). Each answer is grossed up for shrinkage. Rows come
 * back in the file's order. Errors name the file and line, or the flag.
 */
export function planForecast(file: string, rows: readonly ForecastInterval[], target: StaffingTarget, settings: PlanSettings): Plan {
  const lists = byChannel(rows);
  const planned = new Map<Channel, PlanRow[]>();
  // voice, chat, email: the first error a file has is reported in that order
  const voice = lists.get('voice');
  if (voice !== undefined) planned.set('voice', planVoice(file, voice, target, settings));
  const chat = lists.get('chat');
  if (chat !== undefined) planned.set('chat', planChat(file, chat, settings.chatTarget ?? target, settings));
  const email = lists.get('email');
  if (email !== undefined) planned.set('email', planEmail(file, email, settings));
  // back in the file's order: each channel's rows are in file order, so one cursor per channel
  const next = new Map<Channel, number>();
  const out = rows.map((r) => {
    const k = next.get(r.channel) ?? 0;
    next.set(r.channel, k + 1);
    return (planned.get(r.channel) as PlanRow[])[k] as PlanRow;
  });
  return { rows: out, totals: forecastPlanTotals(out, settings.shift) };
}
