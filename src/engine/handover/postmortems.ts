import type { EpochSeconds, ErrorBudgetPolicySpec } from '../../model/index.ts';
import { incidentBudgetShare, type ShareSource } from '../budgets/incident-budget-share.ts';
import type { Objective } from '../budgets/objective.ts';
import type { PeriodBudget } from '../budgets/period-budgets.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { Incident } from '../incidents/incident.ts';

export interface PostmortemCheck {
  readonly incident: string;
  readonly startedAt: EpochSeconds;
  readonly period: string | null;
  /** Share of the period's budget consumed; null when it cannot be told. */
  readonly share: number | null;
  readonly source: ShareSource | null;
  readonly threshold: number;
  readonly required: boolean;
  readonly reason: string;
}

const percent = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/**
 * Which incidents need a postmortem under the policy (§12.5): those that consumed more than
 * `postmortemIncidentShare` of the budget of the period they started in. Exactly the share does
 * not require one. Every incident is listed with its share, so none is dropped unseen.
 */
export function postmortemChecks(options: {
  readonly policyName: string;
  readonly policy: ErrorBudgetPolicySpec;
  readonly objective: Objective | null;
  readonly budgets: readonly PeriodBudget[];
  readonly incidents: readonly Incident[];
  readonly series: SliSeries | undefined;
  readonly asOf: EpochSeconds;
}): readonly PostmortemCheck[] {
  const { policyName, policy, objective, budgets, incidents, series, asOf } = options;
  const threshold = policy.postmortemIncidentShare;
  if (threshold === undefined) return [];
  return incidents.map((incident): PostmortemCheck => {
    const base = { incident: incident.id, startedAt: incident.startedAt, threshold };
    const budget = budgets.find(
      (b) => b.period.start <= incident.startedAt && incident.startedAt < b.period.end,
    );
    if (!budget) {
      return {
        ...base,
        period: null,
        share: null,
        source: null,
        required: false,
        reason: 'started outside the periods with data before asOf: its budget share is unknown',
      };
    }
    const { share, source } = incidentBudgetShare({
      incident,
      objective,
      series,
      period: budget.period,
      asOf,
    });
    const period = budget.period.label;
    if (share === null) {
      return {
        ...base,
        period,
        share,
        source,
        required: false,
        reason:
          objective !== null && !incident.customerVisible
            ? 'not customer-visible and no SLI samples cover it: no full outage, so its duration is no measure of the budget it used; its budget share is unknown (state budgetConsumed to count it)'
            : 'its budget share is unknown: the source states none and the service has no target',
      };
    }
    const required = share > threshold;
    return {
      ...base,
      period,
      share,
      source,
      required,
      reason: `consumed ${percent(share)} of the ${period} error budget (${source}), ${required ? 'more than' : 'not more than'} the ${percent(threshold)} policy ${policyName} allows without a postmortem (§12.5)`,
    };
  });
}
