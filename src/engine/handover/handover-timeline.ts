import {
  type EpochSeconds,
  type ErrorBudgetPolicySpec,
  epochSeconds,
  type RunModel,
} from '../../model/index.ts';
import type { PeriodBudget } from '../budgets/period-budgets.ts';
import { HANDBACK_TO } from './handback-to.ts';

/** A change of who runs a service, and why. */
export interface TimelineEntry {
  /** Epoch seconds: the end of the period that decided it. */
  readonly at: EpochSeconds;
  readonly event: 'handback' | 'return';
  readonly from: RunModel;
  readonly to: RunModel;
  readonly reason: string;
}

/** A budget period with who ran the service during it. */
export interface RunPeriod {
  readonly budget: PeriodBudget;
  readonly runModel: RunModel;
}

export interface HandoverTimeline {
  readonly timeline: readonly TimelineEntry[];
  readonly periods: readonly RunPeriod[];
  readonly current: RunModel;
}

const labels = (periods: readonly PeriodBudget[]) => periods.map((p) => p.period.label).join(', ');

/**
 * Who runs a service SRE runs by agreement, period by period (§12.5). At the end of every
 * complete period: while SRE runs it, hand it back to the developers when its budget was
 * depleted in `handback.depletedPeriods` of the last `handback.outOf` periods; once handed
 * back, return it to SRE after `takeover.withinBudgetPeriods` consecutive periods within budget.
 * Only periods since SRE last took the service over count towards a handback, so a service
 * that just came back starts with a clean record. A period without data is neither depleted
 * nor within budget: missing data never moves a service.
 */
export function handoverTimeline(options: {
  readonly agreed: RunModel;
  readonly policyName: string;
  readonly policy: ErrorBudgetPolicySpec;
  readonly budgets: readonly PeriodBudget[];
}): HandoverTimeline {
  const { agreed, policyName, policy, budgets } = options;
  const timeline: TimelineEntry[] = [];
  const periods: RunPeriod[] = [];
  let current = agreed;
  // Index of the first period that counts for the next decision.
  let since = 0;
  budgets.forEach((budget, k) => {
    periods.push({ budget, runModel: current });
    if (!budget.period.complete) return;
    const at = epochSeconds(budget.period.end);
    if (current === agreed && policy.handback) {
      const { depletedPeriods, outOf } = policy.handback;
      const window = budgets.slice(Math.max(since, k - outOf + 1), k + 1);
      const depleted = window.filter((b) => b.status === 'depleted');
      if (depleted.length >= depletedPeriods) {
        timeline.push({
          at,
          event: 'handback',
          from: current,
          to: HANDBACK_TO,
          reason: `error budget depleted in ${depleted.length} of the last ${window.length} periods (${labels(depleted)}); policy ${policyName} hands the service back to its developers after ${depletedPeriods} of ${outOf} (§12.5)`,
        });
        current = HANDBACK_TO;
        since = k + 1;
      }
    } else if (current !== agreed && policy.takeover) {
      const needed = policy.takeover.withinBudgetPeriods;
      const streak = budgets.slice(Math.max(since, k - needed + 1), k + 1);
      if (streak.length === needed && streak.every((b) => b.status === 'within')) {
        timeline.push({
          at,
          event: 'return',
          from: current,
          to: agreed,
          reason: `within error budget for ${needed} consecutive periods (${labels(streak)}) since the handback; policy ${policyName} returns the service to SRE after ${needed} (§12.5)`,
        });
        current = agreed;
        since = k + 1;
      }
    }
  });
  return { timeline, periods, current };
}
