// Public exports of the scheduling layer (re-exported by src/index.ts).

export type { PlacedBreak, Schedule, ScheduledShift, ScheduleInterval, ScheduleTotals } from './Schedule.js';
export type { DemandInterval } from './ScheduleDemand.js';
export type { BreakRule, ShiftTemplate } from './ShiftTemplate.js';
export { type ScheduleOptions, scheduleShifts } from './scheduleShifts.js';
