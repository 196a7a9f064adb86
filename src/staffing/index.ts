// Public exports of the staffing layer (re-exported by src/index.ts).
export { type RequiredAgentsOptions, requiredAgents } from './requiredAgents.js';
export type {
  Demand,
  ServiceLevelDefinition,
  StaffingConstraint,
  StaffingResult,
  StaffingTarget,
} from './StaffingTarget.js';
