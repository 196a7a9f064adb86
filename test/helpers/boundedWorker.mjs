// Entry of the bounded-call worker: registers tsx so the worker can load the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
await import('./boundedWorker.ts');
