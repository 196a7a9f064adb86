import type { Command } from '../Command.js';
import { analyzeCommand } from './analyze.js';
import { demoCommand } from './demo.js';
import { forecastCommand } from './forecast.js';
import { historyCommand } from './history.js';
import { planCommand } from './plan.js';
import { replayCommand } from './replay.js';
import { scheduleCommand } from './schedule.js';
import { simulateCommand } from './simulate.js';
import { staffCommand } from './staff.js';
import { waitCommand } from './wait.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  staffCommand,
  historyCommand,
  replayCommand,
  forecastCommand,
  planCommand,
  scheduleCommand,
  waitCommand,
  simulateCommand,
  demoCommand,
];
