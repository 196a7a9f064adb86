// Public exports of the sim layer (re-exported by src/index.ts).

export type { CentreCallRecord, CentreEvent } from './CentreEvent.js';
export type { CentreFigures, CentreGroupFigures, CentreQueueFigures, CentreResult } from './CentreResult.js';
export type { AgentGroup, CentreQueue, CentreScenario, CentreSkill } from './CentreScenario.js';
export type { Distribution } from './Distribution.js';
export type { SimCallRecord, SimEvent } from './SimEvent.js';
export type { Estimate, PlanSimResult, SimIntervalMetrics, SimMetrics, SimResult, SteadySimResult } from './SimResult.js';
export type { PlanScenario, SimInterval, SimScenario, SteadyScenario } from './SimScenario.js';
export type { SimulateCentreOptions } from './SimulateCentreOptions.js';
export type { PlanSimOptions, SimOutputOptions, SimulateOptions, SteadySimOptions } from './SimulateOptions.js';
export { MAX_RECORDED_CALLS, MAX_SIMULATED_CALLS } from './simBudget.js';
export { simulate } from './simulate.js';
export { simulateCentre } from './simulateCentre.js';
