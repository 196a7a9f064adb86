import type { QueueMetrics, StaffingTarget } from '../../index.js';
import { stabilityWords } from './agentWords.js';
import { formatDuration, formatPercent } from './formatValue.js';

/** A short description of a target, e.g. `80% within 20s, abandon ≤ 5%`. */
export function describeTarget(t: StaffingTarget): string {
  const parts: string[] = [];
  if (t.serviceLevel !== undefined) parts.push(`${formatPercent(t.serviceLevel, 0)} within ${formatDuration(t.answerTime ?? 0)}`);
  if (t.asa !== undefined) parts.push(`ASA ≤ ${formatDuration(t.asa)}`);
  if (t.maxAbandon !== undefined) parts.push(`abandon ≤ ${formatPercent(t.maxAbandon, 1)}`);
  if (t.maxProbWait !== undefined) parts.push(`P(wait) ≤ ${formatPercent(t.maxProbWait, 0)}`);
  if (t.maxOccupancy !== undefined) parts.push(`occupancy ≤ ${formatPercent(t.maxOccupancy, 0)}`);
  return parts.join(', ');
}

const BINDING_WORDS: Record<string, string> = {
  serviceLevel: 'the service-level target',
  asa: 'the ASA target',
  maxAbandon: 'the abandonment cap',
  maxProbWait: 'the P(wait) cap',
  maxOccupancy: 'the occupancy cap',
  none: 'no target (no calls)',
};

/** Words for the binding target's name (`'stability'` in the words of the model's). */
export function bindingWords(name: string, model: QueueMetrics['model']): string {
  return name === 'stability' ? stabilityWords(model) : (BINDING_WORDS[name] ?? name);
}
