import { SnapshotFields } from './SnapshotFields.js';

/** A state of snapshot version 5 in the form of version 6: its calls in service are tied to no agent. */
export function upgradeSnapshotV5(state: unknown): Record<string, unknown> {
  const f = new SnapshotFields('snapshot.state', state);
  const queue = f.part('queue');
  return { ...f.fields, queue: { ...queue.fields, board: { ...queue.part('board').fields, ties: [] } } };
}
