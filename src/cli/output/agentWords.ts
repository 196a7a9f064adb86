import type { QueueMetrics } from '../../index.js';

/** The noun for a count of agents: `'agent'` for 1, `'agents'` otherwise (0 agents, 2 agents). */
export function agentsNoun(agents: number): string {
  return agents === 1 ? 'agent' : 'agents';
}

/**
 * What `binding: 'stability'` means for the model, in words (the CLI's `staff` and the site's
 * calculator): an Erlang C team needs more agents than Erlangs; Erlang A is stable with any team,
 * so only the calls ask for an agent.
 */
export function stabilityWords(model: QueueMetrics['model']): string {
  return model === 'erlang-c' ? 'stability (more agents than Erlangs)' : 'one agent for the calls (Erlang A needs no more to be stable)';
}
