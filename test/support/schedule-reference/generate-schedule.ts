// The schedule engine's src/engine/schedule/generate-schedule.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import { applyOverrides } from '../../../src/engine/schedule/apply-overrides.ts';
import type { Override } from '../../../src/engine/schedule/override.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import { compareViolations, type Violation } from '../../../src/engine/schedule/violation.ts';
import { checkSchedule } from './check-schedule.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import type { Interval } from './interval.ts';
import { type PlanInput, planSchedule } from './plan-schedule.ts';

export interface ScheduleInput extends PlanInput {
  /** Swaps and takes applied on top of the plan, in order. */
  readonly overrides?: readonly Override[] | undefined;
}

/** A schedule for a range: the shifts, and everything they break. */
export interface Schedule {
  readonly range: Interval;
  /** By rotation in model order, then start; clipped to the range. */
  readonly shifts: readonly Shift[];
  /** When each rotation's coverage needs someone on call within the range. */
  readonly coverage: ReadonlyMap<string, readonly Interval[]>;
  /** Errors make the schedule unusable as it is; warnings are worth a look. */
  readonly violations: readonly Violation[];
  readonly timeOff: readonly TimeOff[];
}

/**
 * Plans every rotation of the model for a range, applies the overrides and checks the result.
 * A constraint that cannot be met is a violation naming who, which rotation or service, and
 * when; the schedule is never silently broken.
 */
export function generateSchedule(input: ScheduleInput): Schedule {
  const plan = planSchedule(input);
  const overridden = applyOverrides({
    model: input.model,
    shifts: plan.shifts,
    overrides: input.overrides ?? [],
  });
  const checked = checkSchedule({
    model: input.model,
    range: input.range,
    shifts: overridden.shifts,
    coverage: plan.coverage,
    absences: input.absences ?? [],
    policy: input.policy,
    allowConcurrent: input.allowConcurrent ?? false,
    // Planning knows the time off of whole turns, also those cut by the range; overrides
    // change who earns it, so then it is worked out again from the shifts.
    timeOff: (input.overrides ?? []).length === 0 ? plan.timeOff : undefined,
  });
  return {
    range: input.range,
    shifts: overridden.shifts,
    coverage: plan.coverage,
    violations: [...overridden.violations, ...checked.violations].sort(compareViolations),
    timeOff: checked.timeOff,
  };
}
