import { describe, expectTypeOf, test } from 'vitest';
import {
  type ArrivalForecast,
  type DemandInterval,
  forecastArrivals,
  type HistoryRow,
  type Schedule,
  type ScheduleOptions,
  type ShiftTemplate,
  scheduleShifts,
} from '../../src/index.js';

describe('public signatures of the planner’s week', () => {
  test('scheduleShifts(demand, templates, options?) returns a Schedule', () => {
    expectTypeOf(scheduleShifts).parameter(0).toEqualTypeOf<readonly DemandInterval[]>();
    expectTypeOf(scheduleShifts).parameter(1).toEqualTypeOf<readonly ShiftTemplate[]>();
    expectTypeOf(scheduleShifts).parameter(2).toEqualTypeOf<ScheduleOptions | undefined>();
    expectTypeOf(scheduleShifts).returns.toEqualTypeOf<Schedule>();
    expectTypeOf<Schedule['objective']>().toEqualTypeOf<'cover' | 'difference' | 'service-level'>();
    expectTypeOf<Schedule['shifts'][number]['breaks'][number]>().toEqualTypeOf<{
      readonly start: number;
      readonly length: number;
      readonly paid: boolean;
    }>();
    // @ts-expect-error an objective outside the three
    scheduleShifts([], [], { objective: 'cheapest' });
  });

  test('forecastArrivals(history, options?) returns an ArrivalForecast whose rows staffingPlan takes', () => {
    expectTypeOf(forecastArrivals).returns.toEqualTypeOf<ArrivalForecast>();
    expectTypeOf<HistoryRow>().toHaveProperty('offered');
    expectTypeOf<ArrivalForecast['rows'][number]>().toHaveProperty('calls').toEqualTypeOf<number>();
    // @ts-expect-error an unknown method
    forecastArrivals([], { method: 'arima' });
  });
});
