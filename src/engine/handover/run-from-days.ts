import type { CompiledModel, Service } from '../../model/index.ts';
import { type DayTally, periodBudgetsOfDays } from '../budgets/day-budgets.ts';
import { objectiveOf } from '../budgets/objective.ts';
import { type BudgetCalendar, DEFAULT_WINDOW, policyOf } from '../budgets/service-budgets.ts';
import type { HandoverTimeline } from './handover-timeline.ts';
import { runTimeline } from './service-handover.ts';

/**
 * Who runs `service` and why (§12.5), from its SLI samples summed per UTC day: the same
 * decision `handover` makes over the samples themselves, for a server that keeps the day sums
 * as samples arrive. `calendar` must start at the first sample of any service, as `handover`'s.
 */
export function runFromDays(options: {
  readonly model: CompiledModel;
  readonly service: Service;
  readonly days: ReadonlyMap<number, DayTally>;
  readonly calendar: BudgetCalendar;
}): HandoverTimeline {
  const { model, service, days, calendar } = options;
  const policy = policyOf(model, service);
  const target = service.spec.availabilityTarget;
  const objective = target === undefined ? null : objectiveOf(target);
  const budgets =
    objective === null
      ? []
      : periodBudgetsOfDays(
          days,
          objective,
          calendar.periodsOf(policy?.spec.window ?? DEFAULT_WINDOW),
        );
  return runTimeline({ agreed: service.spec.runModel, policy, objective, budgets });
}
