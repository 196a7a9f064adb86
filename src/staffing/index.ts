// Public exports of the staffing layer (re-exported by src/index.ts).

export type {
  Channel,
  ChannelInterval,
  ChannelIntervalPlan,
  ChannelPlan,
  ChannelPlanOptions,
  ChannelPlanTotals,
} from './ChannelPlanTypes.js';
export { callCapacity } from './callCapacity.js';
export { channelPlan } from './channelPlan.js';
export type { Demand } from './Demand.js';
export {
  type DeferredInterval,
  type DeferredIntervalPlan,
  type DeferredPlan,
  type DeferredPlanOptions,
  type DeferredWork,
  deferredPlan,
} from './deferredPlan.js';
export { lineCapacity } from './lineCapacity.js';
export { type LineUse, lineLoad } from './lineLoad.js';
export { type RequiredAgentsOptions, requiredAgents } from './requiredAgents.js';
export { type ChatOptions, type ChatStaffingResult, requiredChatAgents } from './requiredChatAgents.js';
export { type BlockingTarget, requiredLines } from './requiredLines.js';
export type { StaffingResult } from './StaffingResult.js';
export type { ServiceLevelDefinition, StaffingConstraint, StaffingTarget } from './StaffingTarget.js';
export { type Shrinkage, type ShrinkageOptions, scheduledAgents, totalShrinkage } from './scheduledAgents.js';
export {
  type Interval,
  type IntervalPlan,
  type PlanTotals,
  type StaffingPlan,
  type StaffingPlanOptions,
  staffingPlan,
} from './staffingPlan.js';
export {
  type AgentsRow,
  type ForecastRow,
  type SensitivityOptions,
  type StaffingSensitivity,
  staffingSensitivity,
} from './staffingSensitivity.js';
export type { Team } from './Team.js';
