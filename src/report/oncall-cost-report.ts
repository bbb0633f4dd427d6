import { formatMonth, type IncidentWork, type Month } from '../engine/compensation/index.ts';
import {
  type MonthCompensation,
  monthCompensation,
  type OnCallCost,
  type OnCallCostResult,
  onCallCost,
} from '../engine/oncall-cost/index.ts';
import type { Absence, ConcurrencyRule, Override } from '../engine/schedule/index.ts';
import type { CompiledModel } from '../model/index.ts';

export interface OnCallCostReport {
  /** The designs, estimated per average month. */
  readonly cost: OnCallCost;
  /** The month of the compensation per person, as `YYYY-MM`. */
  readonly month: string;
  /** Compensation per person as the month's schedule puts it. */
  readonly compensation: MonthCompensation;
}

export type OnCallCostReportResult =
  | { readonly ok: true; readonly report: OnCallCostReport }
  | Extract<OnCallCostResult, { ok: false }>;

/**
 * What `oncall-cost` reports, for the CLI and the server alike: the designs priced per average
 * month, and every §12.9.5 compensation building block per person for `month` from that
 * month's schedule (the hours `whorunsit hours` reports for the same month).
 */
export function onCallCostReport(options: {
  readonly model: CompiledModel;
  readonly month: Month;
  readonly policy?: string | undefined;
  readonly incidents?: readonly IncidentWork[] | undefined;
  readonly absences?: readonly Absence[] | undefined;
  readonly overrides?: readonly Override[] | undefined;
  readonly allowConcurrent?: ConcurrencyRule | undefined;
}): OnCallCostReportResult {
  const { model, month, incidents } = options;
  const result = onCallCost(model, { policy: options.policy, incidents });
  if (!result.ok) return result;
  const { cost } = result;
  const policy = model.compensationPolicies.get(cost.policy);
  // onCallCost succeeds only with a policy of the model.
  if (!policy) throw new Error(`no CompensationPolicy "${cost.policy}"`);
  const compensation = monthCompensation({
    model,
    month,
    policy,
    incidents,
    absences: options.absences,
    overrides: options.overrides,
    allowConcurrent: options.allowConcurrent,
  });
  return { ok: true, report: { cost, month: formatMonth(month), compensation } };
}
