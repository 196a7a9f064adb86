import type { Command } from '../Command.js';
import { analyzeCommand } from './analyze.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand];
