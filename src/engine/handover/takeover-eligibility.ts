import type { EpochSeconds, ErrorBudgetPolicySpec } from '../../model/index.ts';
import type { PeriodBudget } from '../budgets/period-budgets.ts';

export interface TakeoverEligibility {
  readonly eligible: boolean;
  /** End of the period in which the current streak reached the policy's length. */
  readonly since: EpochSeconds | null;
  readonly reason: string;
}

/**
 * How many of the last complete periods in a row were within budget: what the takeover rule
 * counts (§12.5). A period without data breaks the streak, as a depleted one does.
 */
export function withinBudgetStreak(budgets: readonly PeriodBudget[]): number {
  const complete = budgets.filter((b) => b.period.complete);
  let streak = 0;
  while (streak < complete.length && complete[complete.length - 1 - streak]?.status === 'within') {
    streak++;
  }
  return streak;
}

/**
 * Whether SRE may take over a service it does not run yet (§12.5: "if the services do not meet
 * the reliability criteria from the agreement, they are not taken into operation by the SRE
 * team"): its last `takeover.withinBudgetPeriods` complete periods were all within budget.
 */
export function takeoverEligibility(options: {
  readonly policyName: string;
  readonly policy: ErrorBudgetPolicySpec;
  readonly budgets: readonly PeriodBudget[];
}): TakeoverEligibility {
  const { policyName, policy, budgets } = options;
  if (!policy.takeover) {
    return {
      eligible: false,
      since: null,
      reason: `policy ${policyName} sets no takeover rule (takeover.withinBudgetPeriods)`,
    };
  }
  const needed = policy.takeover.withinBudgetPeriods;
  const complete = budgets.filter((b) => b.period.complete);
  const streak = withinBudgetStreak(budgets);
  if (streak >= needed) {
    const reached = complete[complete.length - streak + needed - 1] as PeriodBudget;
    return {
      eligible: true,
      since: reached.period.end,
      reason: `within error budget for the last ${streak} consecutive periods; policy ${policyName} lets SRE take over after ${needed} (§12.5)`,
    };
  }
  const breaker = complete[complete.length - 1 - streak];
  const why = breaker
    ? `${breaker.period.label} was ${breaker.status === 'no-data' ? 'without data' : 'depleted'}`
    : 'no complete period yet';
  // No streak at all: say what broke it first, not "within budget for 0 periods".
  const reason =
    streak === 0
      ? `${why}, and policy ${policyName} needs ${needed} consecutive period${needed === 1 ? '' : 's'} within error budget`
      : `within error budget for ${streak} consecutive period${streak === 1 ? '' : 's'}, policy ${policyName} needs ${needed}; ${why}`;
  return { eligible: false, since: null, reason: `${reason} (§12.5)` };
}
