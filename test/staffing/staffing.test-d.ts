import { describe, expectTypeOf, test } from 'vitest';
import {
  type ChatStaffingResult,
  callCapacity,
  type DeferredPlan,
  deferredPlan,
  lineCapacity,
  lineLoad,
  type QueueMetrics,
  requiredAgents,
  requiredChatAgents,
  requiredLines,
  type StaffingConstraint,
  type StaffingPlan,
  type StaffingResult,
  type StaffingSensitivity,
  type StaffingTarget,
  scheduledAgents,
  staffingPlan,
  staffingSensitivity,
} from '../../src/index.js';

describe('staffing public signatures', () => {
  test('requiredAgents(demand, target) returns agents, binding and metrics', () => {
    expectTypeOf(requiredAgents).parameter(1).toEqualTypeOf<StaffingTarget>();
    expectTypeOf(requiredAgents).returns.toEqualTypeOf<StaffingResult>();
    expectTypeOf<StaffingResult['binding']>().toEqualTypeOf<StaffingConstraint | 'stability'>();
    expectTypeOf<StaffingResult['metrics']>().toEqualTypeOf<QueueMetrics>();
    // @ts-expect-error patience is a number, not a string
    requiredAgents({ arrivalRate: 1, handleTime: 1, patience: '30' }, { maxOccupancy: 0.9 });
  });
  test('the other entry points', () => {
    expectTypeOf(callCapacity).returns.toEqualTypeOf<number>();
    expectTypeOf(requiredLines).returns.toEqualTypeOf<number>();
    expectTypeOf(lineCapacity).returns.toEqualTypeOf<number>();
    expectTypeOf(lineLoad).returns.toEqualTypeOf<number>();
    expectTypeOf(scheduledAgents).parameter(1).toEqualTypeOf<number | Readonly<Record<string, number>>>();
    expectTypeOf(staffingPlan).returns.toEqualTypeOf<StaffingPlan>();
    expectTypeOf(staffingSensitivity).returns.toEqualTypeOf<StaffingSensitivity>();
    expectTypeOf(requiredChatAgents).returns.toEqualTypeOf<ChatStaffingResult>();
    expectTypeOf(deferredPlan).returns.toEqualTypeOf<DeferredPlan>();
    // @ts-expect-error method is 'sipp' or 'offeredLoad'
    staffingPlan([], { maxOccupancy: 0.9 }, { method: 'fast' });
  });
});
