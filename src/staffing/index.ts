// Public exports of the staffing layer (re-exported by src/index.ts).
export { type RequiredAgentsOptions, requiredAgents } from './requiredAgents.js';
export type {
  Demand,
  ServiceLevelDefinition,
  StaffingConstraint,
  StaffingResult,
  StaffingTarget,
} from './StaffingTarget.js';
export { type CallCapacityOptions, callCapacity } from './callCapacity.js';
export { lineCapacity } from './lineCapacity.js';
export { type LineUse, lineLoad } from './lineLoad.js';
export { requiredLines } from './requiredLines.js';
export { type Shrinkage, type ShrinkageOptions, scheduledAgents, totalShrinkage } from './scheduledAgents.js';
export {
  type Interval,
  type IntervalPlan,
  type PlanTotals,
  type StaffingPlan,
  type StaffingPlanOptions,
  staffingPlan,
} from './staffingPlan.js';
export { type ChatOptions, type ChatStaffingResult, requiredChatAgents } from './requiredChatAgents.js';
export {
  type AgentsRow,
  type ForecastRow,
  type SensitivityOptions,
  type StaffingSensitivity,
  staffingSensitivity,
} from './staffingSensitivity.js';
export {
  type DeferredInterval,
  type DeferredIntervalPlan,
  type DeferredPlan,
  type DeferredPlanOptions,
  type DeferredWork,
  deferredPlan,
} from './deferredPlan.js';
